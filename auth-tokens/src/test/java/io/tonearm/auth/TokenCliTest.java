package io.tonearm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCliTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T05:00:00Z"));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return TokenCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), clock);
    }

    @Test
    void prints_a_token_the_services_accept_for_the_ttl_given() {
        assertThat(run("--user", "alice", "--ttl", "15m", "--data-dir", dir.toString())).isZero();
        String token = out.toString(StandardCharsets.UTF_8).trim();
        AccessTokens tokens = new AccessTokens(new TokenKeyFile(dir, clock).loadOrCreate(), clock);
        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Valid(new UserId("alice"), clock.instant().plus(Duration.ofMinutes(15))));
    }

    @Test
    void rotation_keeps_earlier_tokens_valid() {
        run("--user", "alice", "--data-dir", dir.toString());
        String before = out.toString(StandardCharsets.UTF_8).trim();
        assertThat(run("--rotate", "--data-dir", dir.toString())).isZero();
        assertThat(new AccessTokens(new TokenKeyFile(dir, clock).loadOrCreate(), clock).check(before)).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void bad_arguments_exit_2_with_a_message() {
        for (String[] args : new String[][] {{}, {"--user", "bad user"}, {"--user", "a", "--ttl", "forever"}, {"--user", "a", "--ttl", "400d"},
                {"--user"}, {"--frobnicate"}, {"--rotate", "--user", "a"}}) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: tonearm token");
    }
}
