package io.tonearm.agent.transport.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.agent.Adapters;
import io.tonearm.agent.time.TimeSource;
import org.junit.jupiter.api.Test;

class MqttHubTransportFactoryTest {

    @Test
    void is_found_on_the_class_path_as_the_mqtt_transport() {
        Adapters adapters = Adapters.load(getClass().getClassLoader());

        assertThat(adapters.transport("mqtt")).get().isInstanceOf(MqttHubTransportFactory.class);
        assertThat(adapters.transport("coap")).isEmpty();
        assertThat(adapters.describe()).contains("mqtt transport (agent-transport-mqtt)");
    }

    @Test
    void refuses_a_url_that_is_not_mqtt() {
        assertThatThrownBy(() -> new MqttHubTransportFactory().create("coap://127.0.0.1:5683", TimeSource.SYSTEM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
