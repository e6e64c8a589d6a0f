package io.tonearm.control;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ControlPropertiesTest {

    private static ControlProperties with(String url, String ttl) {
        return new ControlProperties(Path.of("d"), Path.of("s"), url, ttl, null, null);
    }

    @Test
    void trims_a_trailing_slash_from_the_public_url() {
        assertThat(with("https://cdn.test/base/", "15m").publicUrl()).isEqualTo("https://cdn.test/base");
    }

    @Test
    void reads_short_and_iso_durations() {
        assertThat(with("http://x.test", "900s").streamTtlDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(with("http://x.test", "1h").streamTtlDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(with("http://x.test", "PT20M").streamTtlDuration()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void an_absent_key_map_becomes_empty() {
        ControlProperties properties = with("http://x.test", "15m");
        assertThat(properties.keys()).isEmpty();
        assertThat(properties.activeKey()).isEmpty();
    }

    @Test
    void key_ids_must_be_url_safe() {
        assertThatThrownBy(() -> new ControlProperties(Path.of("d"), Path.of("s"), "http://x.test", "15m",
                Map.of("bad id", "x".repeat(40)), "bad id")).hasMessageContaining("tonearm.control.keys");
    }

    @Test
    void derives_the_control_and_media_directories_from_the_data_dir() {
        ControlProperties properties = with("http://x.test", "15m");
        assertThat(properties.controlDir()).isEqualTo(Path.of("d", "control"));
        assertThat(properties.mediaDir()).isEqualTo(Path.of("d", "media"));
    }
}
