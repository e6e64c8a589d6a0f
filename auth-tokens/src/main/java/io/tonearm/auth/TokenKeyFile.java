package io.tonearm.auth;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * The access-token keys shared by the hub and the control plane: {@code <data-dir>/auth/token-keys.properties},
 * owner read/write only. Whichever service starts first creates it (atomically: a hard link that fails
 * if the file exists, so two services starting together agree on one key); later starts read it.
 *
 * <pre>
 * active=k20261122T0439-3f1a
 * key.k20261122T0439-3f1a=&lt;base64url, 32 random bytes&gt;
 * </pre>
 *
 * {@link #rotate} adds a fresh key and makes it active; the old keys stay until an operator removes
 * them (after the longest token lifetime). Services read the file at start. Blocking file I/O.
 */
public final class TokenKeyFile {

    public static final String RELATIVE_PATH = "auth/token-keys.properties";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;

    public TokenKeyFile(Path dataDir, Clock clock) {
        this.file = dataDir.toAbsolutePath().normalize().resolve(RELATIVE_PATH);
        this.clock = clock;
    }

    public Path path() {
        return file;
    }

    /** The keyring in the file, creating the file with one fresh key if there is none. */
    public TokenKeyring loadOrCreate() {
        try {
            if (!Files.exists(file)) {
                Properties fresh = new Properties();
                TokenKey key = newKey();
                fresh.setProperty("active", key.id());
                fresh.setProperty("key." + key.id(), encode(key));
                publish(fresh, false);
            }
            return parse(Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the token key file " + file, e);
        }
    }

    /** Adds a new key, makes it the active one and keeps the others; returns the new keyring. */
    public TokenKeyring rotate() {
        TokenKeyring current = loadOrCreate();
        try {
            Properties next = new Properties();
            for (TokenKey key : current.all().values()) {
                next.setProperty("key." + key.id(), encode(key));
            }
            TokenKey fresh = newKey();
            next.setProperty("key." + fresh.id(), encode(fresh));
            next.setProperty("active", fresh.id());
            publish(next, true);
            return parse(Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate the token key file " + file, e);
        }
    }

    private TokenKey newKey() {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        String id = "k" + STAMP.format(clock.instant()) + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(suffix);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new TokenKey(id, secret);
    }

    private static String encode(TokenKey key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.secret());
    }

    /** Writes an owner-only temporary file, then links (create) or moves (replace) it into place. */
    private void publish(Properties content, boolean replace) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temp);
            }
            StringBuilder text = new StringBuilder("# Tonearm access-token keys (HS256), shared by the hub and the control plane. Keep private.\n");
            text.append("active=").append(content.getProperty("active")).append('\n');
            content.stringPropertyNames().stream().filter(n -> n.startsWith("key.")).sorted()
                    .forEach(n -> text.append(n).append('=').append(content.getProperty(n)).append('\n'));
            Files.writeString(temp, text, StandardCharsets.ISO_8859_1);
            if (replace) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                try {
                    Files.createLink(file, temp);
                } catch (FileAlreadyExistsException raced) {
                    // another service created it first: use theirs
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private TokenKeyring parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        List<TokenKey> keys = new ArrayList<>();
        for (String name : p.stringPropertyNames()) {
            if (name.equals("active")) {
                continue;
            }
            if (!name.startsWith("key.")) {
                throw invalid("unknown entry " + name);
            }
            try {
                keys.add(new TokenKey(name.substring(4), Base64.getUrlDecoder().decode(p.getProperty(name).trim())));
            } catch (IllegalArgumentException e) {
                throw invalid("entry " + name + " is not a key id with a base64url secret of at least 32 bytes");
            }
        }
        String active = p.getProperty("active", "").trim();
        TokenKey activeKey = keys.stream().filter(k -> k.id().equals(active)).findFirst()
                .orElseThrow(() -> invalid("active must name one of its key.<id> entries"));
        return new TokenKeyring(activeKey, keys);
    }

    private IllegalStateException invalid(String problem) {
        return new IllegalStateException("Invalid token key file " + file + ": " + problem);
    }
}
