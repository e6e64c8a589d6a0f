package io.tonearm.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenKeyFileTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T05:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void the_first_start_creates_an_owner_only_file_and_later_starts_read_the_same_key() throws Exception {
        TokenKeyring first = new TokenKeyFile(dir, clock).loadOrCreate();
        TokenKeyring second = new TokenKeyFile(dir, clock).loadOrCreate();
        Path file = dir.resolve("auth/token-keys.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second.active()).isEqualTo(first.active());
        String token = new AccessTokens(first, clock).issue(new UserId("demo"), Duration.ofHours(1));
        assertThat(new AccessTokens(second, clock).check(token)).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void services_starting_together_agree_on_one_key() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "key-file-test"));
        try {
            List<Callable<TokenKeyring>> starts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                starts.add(() -> new TokenKeyFile(dir, clock).loadOrCreate());
            }
            Set<String> actives = new HashSet<>();
            for (Future<TokenKeyring> f : pool.invokeAll(starts)) {
                actives.add(f.get().active().id());
            }
            assertThat(actives).hasSize(1);
            try (var files = Files.list(dir.resolve("auth"))) {
                assertThat(files.count()).as("no temporary files left").isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rotation_adds_an_active_key_and_keeps_verifying_the_old_tokens() {
        TokenKeyFile file = new TokenKeyFile(dir, clock);
        TokenKeyring before = file.loadOrCreate();
        String old = new AccessTokens(before, clock).issue(new UserId("demo"), Duration.ofHours(1));
        clock.advance(Duration.ofSeconds(5));
        TokenKeyring after = file.rotate();
        assertThat(after.active().id()).isNotEqualTo(before.active().id());
        assertThat(after.all()).containsKey(before.active().id()).hasSize(2);
        assertThat(new AccessTokens(new TokenKeyFile(dir, clock).loadOrCreate(), clock).check(old))
                .isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void a_damaged_file_stops_the_start_with_its_path_and_problem() throws Exception {
        Path file = dir.resolve("auth/token-keys.properties");
        Files.createDirectories(file.getParent());
        for (String content : new String[] {"active=k1\nkey.k1=short\n", "active=k9\nkey.k1=" + "A".repeat(43) + "\n",
                "key.k1=" + "A".repeat(43) + "\n", "active=k1\nkey.k1=" + "A".repeat(43) + "\nsecret=x\n",
                "active=k1\nkey.bad id=" + "A".repeat(43) + "\n"}) {
            Files.writeString(file, content);
            assertThatThrownBy(() -> new TokenKeyFile(dir, clock).loadOrCreate())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(file.toString());
        }
    }
}
