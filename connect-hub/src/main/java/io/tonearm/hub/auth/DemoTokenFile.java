package io.tonearm.hub.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The demo user's token on disk: created once with owner-only permissions (where the file system has
 * POSIX permissions), read back on every later start. A file that does not hold a well-formed token
 * is replaced.
 */
public final class DemoTokenFile {

    private final Path file;

    public DemoTokenFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** The token in the file, creating the file with a fresh token when there is none. */
    public String readOrCreate() throws IOException {
        Optional<String> existing = read();
        if (existing.isPresent()) {
            return existing.get();
        }
        String token = Tokens.newToken();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        createOwnerOnly(temp);
        Files.writeString(temp, token + "\n", StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return token;
    }

    private Optional<String> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String content = Files.readString(file, StandardCharsets.US_ASCII).trim();
        return Tokens.wellFormed(content) ? Optional.of(content) : Optional.empty();
    }

    private static void createOwnerOnly(Path path) throws IOException {
        try {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            Files.createFile(path, ownerOnly);
        } catch (UnsupportedOperationException e) {
            try {
                Files.createFile(path);
            } catch (FileAlreadyExistsException ignored) {
                // deleted above; a racing writer will be overwritten by the move
            }
            path.toFile().setReadable(false, false);
            path.toFile().setReadable(true, true);
            path.toFile().setWritable(false, false);
            path.toFile().setWritable(true, true);
        }
    }
}
