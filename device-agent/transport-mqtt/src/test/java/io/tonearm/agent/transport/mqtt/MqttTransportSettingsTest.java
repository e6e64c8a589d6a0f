package io.tonearm.agent.transport.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MqttTransportSettingsTest {

    private final MqttTransportSettings defaults = MqttTransportSettings.defaults("tcp://127.0.0.1:1883");

    @Test
    void defaults_reconnect_between_250_ms_and_10_s() {
        assertThat(defaults.reconnectMin()).isEqualTo(Duration.ofMillis(250));
        assertThat(defaults.reconnectMax()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.keepAlive()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.sessionExpiry()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void a_broker_uri_without_tcp_or_ssl_fails_naming_the_key() {
        assertThatThrownBy(() -> MqttTransportSettings.defaults("http://127.0.0.1:1883"))
                .hasMessageContaining("mqtt.broker_uri");
        assertThatThrownBy(() -> MqttTransportSettings.defaults("tcp://127.0.0.1"))
                .hasMessageContaining("mqtt.broker_uri needs a host and a port");
        assertThatThrownBy(() -> MqttTransportSettings.defaults("tcp://127.0.0.1:1883/x"))
                .hasMessageContaining("mqtt.broker_uri");
        assertThatThrownBy(() -> MqttTransportSettings.defaults("tcp:// bad"))
                .hasMessageContaining("mqtt.broker_uri");
    }

    @Test
    void keep_alive_must_be_whole_seconds_within_the_mqtt_range() {
        assertThatThrownBy(() -> defaults.withKeepAlive(Duration.ofMillis(1_500))).hasMessageContaining("mqtt.keep_alive");
        assertThatThrownBy(() -> defaults.withKeepAlive(Duration.ZERO)).hasMessageContaining("mqtt.keep_alive");
        assertThatThrownBy(() -> defaults.withKeepAlive(Duration.ofSeconds(65_536))).hasMessageContaining("mqtt.keep_alive");
        assertThat(defaults.withKeepAlive(Duration.ofSeconds(65_535)).keepAlive()).hasSeconds(65_535);
    }

    @Test
    void the_backoff_ceiling_may_not_be_below_its_floor() {
        assertThatThrownBy(() -> defaults.withReconnect(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("mqtt.reconnect_max");
        assertThatThrownBy(() -> defaults.withReconnect(Duration.ofMillis(1), Duration.ofSeconds(1)))
                .hasMessageContaining("mqtt.reconnect_min");
        assertThatThrownBy(() -> defaults.withReconnect(null, Duration.ofSeconds(1)))
                .hasMessageContaining("mqtt.reconnect_min");
    }

    @Test
    void connect_timeout_and_session_expiry_are_bounded() {
        assertThatThrownBy(() -> defaults.withConnectTimeout(Duration.ZERO)).hasMessageContaining("mqtt.connect_timeout");
        assertThatThrownBy(() -> defaults.withSessionExpiry(Duration.ofSeconds(-1))).hasMessageContaining("mqtt.session_expiry");
        assertThatThrownBy(() -> defaults.withSessionExpiry(Duration.ofSeconds(1L << 32)))
                .hasMessageContaining("mqtt.session_expiry");
        assertThat(defaults.withSessionExpiry(Duration.ZERO).sessionExpiry()).isZero();
    }
}
