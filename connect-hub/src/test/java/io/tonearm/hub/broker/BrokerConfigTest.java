package io.tonearm.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.hub.HubConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrokerConfigTest {

    @Test
    void external_mode_without_a_url_fails_naming_the_key() {
        assertThatThrownBy(() -> new BrokerConfig("external", 1883, "0.0.0.0", null))
                .hasMessageContaining("tonearm.hub.mqtt.url");
        assertThatThrownBy(() -> new BrokerConfig("external", 1883, "0.0.0.0", "http://broker"))
                .hasMessageContaining("tonearm.hub.mqtt.url");
    }

    @Test
    void unknown_modes_and_ports_fail_naming_the_key() {
        assertThatThrownBy(() -> new BrokerConfig("cluster", 1883, "0.0.0.0", null))
                .hasMessageContaining("tonearm.hub.mqtt.mode");
        assertThatThrownBy(() -> new BrokerConfig("embedded", 70000, "0.0.0.0", null))
                .hasMessageContaining("tonearm.hub.mqtt.port");
    }

    @Test
    void modes_are_read_in_any_case() {
        assertThat(new BrokerConfig("EMBEDDED", 1883, "0.0.0.0", null).embedded()).isTrue();
        assertThat(new BrokerConfig("External", 1883, "0.0.0.0", "tcp://10.0.0.2:1883").embedded()).isFalse();
    }

    @Test
    void the_hub_connects_over_loopback_when_the_broker_listens_everywhere() {
        assertThat(EmbeddedBroker.clientUri("0.0.0.0", 1883)).isEqualTo("tcp://127.0.0.1:1883");
        assertThat(EmbeddedBroker.clientUri("192.168.1.5", 1883)).isEqualTo("tcp://192.168.1.5:1883");
        assertThat(EmbeddedBroker.clientUri("fe80::1", 1883)).isEqualTo("tcp://[fe80::1]:1883");
    }

    @Test
    void the_embedded_broker_listens_where_configured_and_keeps_sessions_in_memory() {
        assertThat(EmbeddedBroker.configXml("0.0.0.0", 1883)).contains("<port>1883</port>")
                .contains("<bind-address>0.0.0.0</bind-address>").contains("<mode>in-memory</mode>");
    }

    @Test
    void a_zero_or_huge_command_timeout_fails_naming_the_key() {
        assertThatThrownBy(() -> new HubConfig("./d", "http://127.0.0.1:8080", Duration.ZERO, null))
                .hasMessageContaining("tonearm.hub.command-timeout");
        assertThatThrownBy(() -> new HubConfig("./d", "ftp://x", Duration.ofSeconds(3), null))
                .hasMessageContaining("tonearm.hub.control-url");
    }
}
