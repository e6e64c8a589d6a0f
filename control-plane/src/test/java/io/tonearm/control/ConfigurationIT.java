package io.tonearm.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A bad setting stops the control plane at start, naming the key. */
class ConfigurationIT {

    @TempDir
    Path temp;

    private String failureWith(String key, Object value) {
        Map<String, Object> properties = RunningControlPlane.properties(temp.resolve("data"),
                TestPack.write(temp.resolve("pack"), 1));
        properties.put(key, value);
        return StartFailures.messagesOf(properties);
    }

    @Test
    void a_stream_ttl_outside_10s_to_24h_fails_start_naming_the_key() {
        assertThat(failureWith("tonearm.control.stream-ttl", "0s")).contains("tonearm.control.stream-ttl");
        assertThat(failureWith("tonearm.control.stream-ttl", "2d")).contains("tonearm.control.stream-ttl");
    }

    @Test
    void a_dialect_the_repositories_are_not_compiled_for_fails_start_naming_the_key() {
        assertThat(failureWith("datasources.default.dialect", "MYSQL")).contains("datasources.default.dialect").contains("MYSQL");
    }

    @Test
    void postgres_without_a_url_fails_start_naming_the_key() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgresUrl().isEmpty(), "a URL is configured in this run");
        assertThat(failureWith("datasources.default.dialect", "POSTGRES")).contains("datasources.default.url is required");
    }

    @Test
    void a_stream_ttl_that_is_not_a_duration_fails_start_naming_the_key() {
        assertThat(failureWith("tonearm.control.stream-ttl", "banana")).contains("stream-ttl");
    }

    @Test
    void a_public_url_that_is_not_absolute_http_fails_start_naming_the_key() {
        assertThat(failureWith("tonearm.control.public-url", "ftp://example.test")).contains("tonearm.control.public-url");
        assertThat(failureWith("tonearm.control.public-url", "example.test:8080")).contains("tonearm.control.public-url");
        assertThat(failureWith("tonearm.control.public-url", "http://x.test/?a=b")).contains("tonearm.control.public-url");
    }

    @Test
    void a_short_secret_fails_start_naming_the_key_but_not_the_secret() {
        String message = failureWith("tonearm.control.keys.k1", "too-short-secret");
        assertThat(message).contains("tonearm.control.keys.k1").doesNotContain("too-short-secret");
    }

    @Test
    void keys_without_a_matching_active_key_fail_start() {
        assertThat(failureWith("tonearm.control.keys.k1", "x".repeat(40))).contains("tonearm.control.active-key");
    }

    @Test
    void an_active_key_without_keys_fails_start() {
        assertThat(failureWith("tonearm.control.active-key", "k1")).contains("tonearm.control.active-key");
    }
}
