package io.tonearm.hub.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceLinksTest {

    /** Records what it was asked to deliver. */
    private static final class FakeLink implements DeviceLink {
        final Transport transport;
        final List<String> sent = new ArrayList<>();

        FakeLink(Transport transport) {
            this.transport = transport;
        }

        @Override
        public Transport transport() {
            return transport;
        }

        @Override
        public void publish(String deviceId, CommandEnvelope envelope) {
            sent.add(deviceId + ":" + envelope.id());
        }
    }

    private static CommandEnvelope envelope(String id) {
        return new CommandEnvelope(id, 1, 1, Instant.EPOCH, new DeviceCommand.Pause());
    }

    private final FakeLink mqtt = new FakeLink(Transport.MQTT);
    private final FakeLink coap = new FakeLink(Transport.COAP);
    private final DeviceRoutes routes = new DeviceRoutes();
    private final DeviceInbox inbox = new DeviceInbox(new DeviceRegistry(java.time.Clock.systemUTC(), java.util.Optional.empty(), java.util.List.of()), new PendingAcks(),
            routes);

    @Test
    void a_command_goes_over_the_transport_its_device_last_spoke_on() {
        DeviceLinks links = new DeviceLinks(List.of(mqtt, coap), routes);
        inbox.accept(Transport.COAP, new DeviceMessage.PresenceChanged("car", true));
        inbox.accept(Transport.MQTT, new DeviceMessage.PresenceChanged("kitchen", true));

        links.publish("car", envelope("c1"));
        links.publish("kitchen", envelope("c2"));
        inbox.accept(Transport.MQTT, new DeviceMessage.PresenceChanged("car", true));
        links.publish("car", envelope("c3"));

        assertThat(coap.sent).containsExactly("car:c1");
        assertThat(mqtt.sent).containsExactly("kitchen:c2", "car:c3");
    }

    @Test
    void a_device_never_heard_from_goes_to_mqtt_and_a_missing_link_is_a_channel_error() {
        new DeviceLinks(List.of(mqtt, coap), routes).publish("stranger", envelope("c1"));
        assertThat(mqtt.sent).containsExactly("stranger:c1");

        DeviceLinks mqttOnly = new DeviceLinks(List.of(mqtt), routes);
        inbox.accept(Transport.COAP, new DeviceMessage.PresenceChanged("car", true));
        assertThatThrownBy(() -> mqttOnly.publish("car", envelope("c2"))).isInstanceOf(CommandChannelException.class)
                .hasMessageContaining("COAP");
    }

    @Test
    void two_links_for_one_transport_are_a_wiring_bug() {
        assertThatThrownBy(() -> new DeviceLinks(List.of(mqtt, new FakeLink(Transport.MQTT)), routes))
                .isInstanceOf(IllegalStateException.class);
    }
}
