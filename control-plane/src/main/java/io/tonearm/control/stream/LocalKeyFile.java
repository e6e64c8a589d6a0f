package io.tonearm.control.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The signing key generated when none is configured: 256 random bits kept in a properties file
 * ({@code kid}, {@code secret} in base64url) readable by the owner only, so URLs stay valid across
 * restarts. Written once, atomically; read on every later start.
 */
final class LocalKeyFile {

    private LocalKeyFile() {
    }

    static SigningKey loadOrCreate(Path file, SecureRandom random) {
        try {
            if (Files.exists(file)) {
                return load(file);
            }
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            byte[] idBytes = new byte[4];
            random.nextBytes(idBytes);
            SigningKey key = new SigningKey("local-" + HexFormat.of().formatHex(idBytes), secret);
            write(file, key);
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the signing key file " + file + ": " + e, e);
        }
    }

    private static SigningKey load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        String id = properties.getProperty("kid");
        String secret = properties.getProperty("secret");
        try {
            return new SigningKey(id, Base64.getUrlDecoder().decode(secret == null ? "" : secret.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Signing key file " + file + " is corrupt (needs kid and a 256-bit "
                    + "base64url secret); delete it to generate a new key, which invalidates issued URLs", e);
        }
    }

    private static void write(Path file, SigningKey key) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
        }
        Properties properties = new Properties();
        properties.setProperty("kid", key.id());
        properties.setProperty("secret", Base64.getUrlEncoder().withoutPadding().encodeToString(key.secret()));
        try (OutputStream out = Files.newOutputStream(temp)) {
            properties.store(out, "Tonearm control plane URL signing key. Keep private.");
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
