package io.tonearm.hub.auth;

import io.tonearm.auth.AccessTokens;
import io.tonearm.auth.TokenCheck;
import io.tonearm.auth.UserId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * The demo user's token on disk: an access token (JWT) for {@code demo}, written with owner-only
 * permissions and read back on later starts. A file whose token is malformed, signed with a key that
 * is no longer known, expired or within {@link #RENEW_BEFORE} of expiry, or for another user, is
 * replaced with a fresh token valid for {@link #LIFETIME}.
 */
public final class DemoTokenFile {

    public static final Duration LIFETIME = Duration.ofDays(365);
    public static final Duration RENEW_BEFORE = Duration.ofDays(7);

    private final Path file;
    private final AccessTokens tokens;
    private final Clock clock;

    public DemoTokenFile(Path file, AccessTokens tokens, Clock clock) {
        this.file = file;
        this.tokens = tokens;
        this.clock = clock;
    }

    public Path path() {
        return file;
    }

    /** The token in the file if it is still good for {@code user}, otherwise a fresh one written to the file. */
    public String readOrCreate(UserId user) throws IOException {
        if (Files.isRegularFile(file)) {
            String existing = Files.readString(file, StandardCharsets.US_ASCII).trim();
            TokenCheck check = tokens.check(existing);
            if (check instanceof TokenCheck.Valid && ((TokenCheck.Valid) check).user().equals(user)
                    && ((TokenCheck.Valid) check).expires().isAfter(clock.instant().plus(RENEW_BEFORE))) {
                return existing;
            }
        }
        String token = tokens.issue(user, LIFETIME);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temp);
            }
            Files.writeString(temp, token + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return token;
    }
}
