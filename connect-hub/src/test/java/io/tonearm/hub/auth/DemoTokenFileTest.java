package io.tonearm.hub.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tonearm.auth.AccessTokens;
import io.tonearm.auth.TokenCheck;
import io.tonearm.auth.TokenKeyFile;
import io.tonearm.auth.UserId;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTokenFileTest {

    private static final UserId DEMO = new UserId("demo");
    private final Instant start = Instant.parse("2026-11-22T05:00:00Z");

    @TempDir
    Path dir;

    private AccessTokens tokensAt(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new AccessTokens(new TokenKeyFile(dir, clock).loadOrCreate(), clock);
    }

    private DemoTokenFile fileAt(Instant now) {
        return new DemoTokenFile(dir.resolve("nested/demo-token"), tokensAt(now), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void the_token_is_a_jwt_for_demo_created_once_and_read_back_afterwards() throws Exception {
        String first = fileAt(start).readOrCreate(DEMO);
        assertThat(tokensAt(start).check(first)).isEqualTo(new TokenCheck.Valid(DEMO, start.plus(DemoTokenFile.LIFETIME)));
        assertThat(fileAt(start.plus(Duration.ofDays(30))).readOrCreate(DEMO)).isEqualTo(first);
    }

    @Test
    void only_the_owner_may_read_the_file() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        fileAt(start).readOrCreate(DEMO);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("nested/demo-token"))))
                .isEqualTo("rw-------");
    }

    @Test
    void garbage_a_token_near_expiry_or_one_from_unknown_keys_is_replaced() throws Exception {
        Path path = dir.resolve("nested/demo-token");
        Files.createDirectories(path.getParent());
        Files.writeString(path, "garbage");
        String token = fileAt(start).readOrCreate(DEMO);
        assertThat(Files.readString(path).trim()).isEqualTo(token);

        Instant late = start.plus(DemoTokenFile.LIFETIME).minus(Duration.ofDays(1));
        String renewed = fileAt(late).readOrCreate(DEMO);
        assertThat(renewed).isNotEqualTo(token);
        assertThat(tokensAt(late).check(renewed)).isInstanceOf(TokenCheck.Valid.class);

        Files.delete(dir.resolve(TokenKeyFile.RELATIVE_PATH));
        String afterNewKeys = fileAt(late).readOrCreate(DEMO);
        assertThat(afterNewKeys).isNotEqualTo(renewed);
        assertThat(tokensAt(late).check(afterNewKeys)).isInstanceOf(TokenCheck.Valid.class);
    }
}
