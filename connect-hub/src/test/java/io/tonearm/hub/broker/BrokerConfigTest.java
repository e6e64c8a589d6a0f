package io.tonearm.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.hub.HubConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrokerConfigTest {

    @Test
    void external_mode_without_a_url_fails_naming_the_key() {
        assertThatThrownBy(() -> new BrokerConfig("external", 1883, "0.0.0.0", null, 100_000))
                .hasMessageContaining("tonearm.hub.mqtt.url");
        assertThatThrownBy(() -> new BrokerConfig("external", 1883, "0.0.0.0", "http://broker", 100_000))
                .hasMessageContaining("tonearm.hub.mqtt.url");
    }

    @Test
    void unknown_modes_and_ports_fail_naming_the_key() {
        assertThatThrownBy(() -> new BrokerConfig("cluster", 1883, "0.0.0.0", null, 100_000))
                .hasMessageContaining("tonearm.hub.mqtt.mode");
        assertThatThrownBy(() -> new BrokerConfig("embedded", 70000, "0.0.0.0", null, 100_000))
                .hasMessageContaining("tonearm.hub.mqtt.port");
    }

    @Test
    void modes_are_read_in_any_case() {
        assertThat(new BrokerConfig("EMBEDDED", 1883, "0.0.0.0", null, 100_000).embedded()).isTrue();
        assertThat(new BrokerConfig("External", 1883, "0.0.0.0", "tcp://10.0.0.2:1883", 100_000).embedded()).isFalse();
    }

    @Test
    void the_hub_connects_over_loopback_when_the_broker_listens_everywhere() {
        assertThat(EmbeddedBroker.clientUri("0.0.0.0", 1883)).isEqualTo("tcp://127.0.0.1:1883");
        assertThat(EmbeddedBroker.clientUri("192.168.1.5", 1883)).isEqualTo("tcp://192.168.1.5:1883");
        assertThat(EmbeddedBroker.clientUri("fe80::1", 1883)).isEqualTo("tcp://[fe80::1]:1883");
    }

    @Test
    void the_embedded_broker_listens_where_configured_and_keeps_sessions_in_memory() {
        assertThat(EmbeddedBroker.configXml("0.0.0.0", 1883, 100_000)).contains("<port>1883</port>")
                .contains("<bind-address>0.0.0.0</bind-address>").contains("<mode>in-memory</mode>");
    }

    @Test
    void the_embedded_broker_queues_as_many_messages_a_client_as_configured() {
        assertThat(EmbeddedBroker.configXml("0.0.0.0", 1883, 250_000))
                .contains("<queued-messages><max-queue-size>250000</max-queue-size>")
                .contains("<server-receive-maximum>1000</server-receive-maximum>");
    }

    @Test
    void a_queue_limit_below_hivemqs_default_or_absurdly_high_fails_naming_the_key() {
        assertThatThrownBy(() -> new BrokerConfig("embedded", 1883, "0.0.0.0", null, 999))
                .hasMessageContaining("tonearm.hub.mqtt.max-queued-messages");
        assertThatThrownBy(() -> new BrokerConfig("embedded", 1883, "0.0.0.0", null, -1))
                .hasMessageContaining("tonearm.hub.mqtt.max-queued-messages");
        assertThatThrownBy(() -> new BrokerConfig("embedded", 1883, "0.0.0.0", null, 10_000_001))
                .hasMessageContaining("tonearm.hub.mqtt.max-queued-messages");
        assertThat(new BrokerConfig("embedded", 1883, "0.0.0.0", null, 1_000).maxQueuedMessages()).isEqualTo(1_000);
    }

    @Test
    void a_zero_or_huge_command_timeout_fails_naming_the_key() {
        assertThatThrownBy(() -> new HubConfig("./d", "http://127.0.0.1:8080", Duration.ZERO, null))
                .hasMessageContaining("tonearm.hub.command-timeout");
        assertThatThrownBy(() -> new HubConfig("./d", "ftp://x", Duration.ofSeconds(3), null))
                .hasMessageContaining("tonearm.hub.control-url");
    }
}
