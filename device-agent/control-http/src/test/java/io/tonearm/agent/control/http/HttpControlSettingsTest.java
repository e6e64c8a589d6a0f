package io.tonearm.agent.control.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpControlSettingsTest {

    @Test
    void defaults_connect_in_5_s_and_answer_in_10_s() {
        HttpControlSettings s = HttpControlSettings.defaults("http://127.0.0.1:8080");

        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void a_trailing_slash_on_the_base_url_is_dropped() {
        assertThat(HttpControlSettings.defaults("http://cp:8080/api//").baseUrl()).hasToString("http://cp:8080/api");
        assertThat(HttpControlSettings.defaults("http://cp:8080/").baseUrl()).hasToString("http://cp:8080");
    }

    @Test
    void a_base_url_that_is_not_plain_http_fails_naming_the_key() {
        assertThatThrownBy(() -> HttpControlSettings.defaults("ftp://cp")).hasMessageContaining("control.base_url");
        assertThatThrownBy(() -> HttpControlSettings.defaults("http://cp/?x=1")).hasMessageContaining("control.base_url");
        assertThatThrownBy(() -> HttpControlSettings.defaults("http://user:pw@cp/")).hasMessageContaining("control.base_url");
        assertThatThrownBy(() -> HttpControlSettings.defaults("not a url")).hasMessageContaining("control.base_url");
    }

    @Test
    void timeouts_out_of_range_fail_naming_the_key() {
        HttpControlSettings s = HttpControlSettings.defaults("http://cp");

        assertThatThrownBy(() -> s.withTimeouts(Duration.ofMillis(10), Duration.ofSeconds(1)))
                .hasMessageContaining("control.connect_timeout");
        assertThatThrownBy(() -> s.withTimeouts(Duration.ofSeconds(1), Duration.ofHours(1)))
                .hasMessageContaining("control.request_timeout");
        assertThatThrownBy(() -> s.withTimeouts(Duration.ofSeconds(1), null))
                .hasMessageContaining("control.request_timeout");
    }
}
