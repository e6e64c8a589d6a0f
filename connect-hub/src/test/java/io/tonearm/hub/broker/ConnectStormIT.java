package io.tonearm.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceRegistry;
import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.v1.Capabilities;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.Presence;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connect storm against a real hub and its embedded broker: 1,500 devices connect as fast as one
 * client JVM can (each with its offline will, then retained hello and presence, as agents do). The
 * hub's one subscription receives all of those at once; with HiveMQ's default per-client queue of
 * 1,000 messages the broker dropped hundreds of them silently and those devices stayed unknown.
 */
class ConnectStormIT {

    private static final int DEVICES = 1_500;
    private static final int CONNECTS_IN_FLIGHT = 300;

    @TempDir
    Path dataDir;
    private final List<Mqtt5AsyncClient> clients = new ArrayList<>();

    @AfterEach
    void disconnect() {
        CompletableFuture.allOf(clients.stream().map(c -> c.disconnect().exceptionally(e -> null))
                .toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    @Test
    void the_hub_registers_every_device_of_a_connect_storm() throws Exception {
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of())) {
            storm(hub.brokerUri());
            DeviceRegistry registry = hub.context().getBean(DeviceRegistry.class);
            Eventually.await("the hub lists all " + DEVICES + " devices", Duration.ofSeconds(60),
                    () -> stormListed(registry) == DEVICES);
            assertThat(hub.context().getBean(BrokerEndpoint.class).droppedMessages()).hasValue(0);
        }
    }

    @Test
    void a_queue_as_small_as_hivemqs_default_loses_devices_and_the_hub_says_so() throws Exception {
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of("tonearm.hub.mqtt.max-queued-messages", 1_000))) {
            storm(hub.brokerUri());
            DeviceRegistry registry = hub.context().getBean(DeviceRegistry.class);
            BrokerEndpoint broker = hub.context().getBean(BrokerEndpoint.class);
            Eventually.await("the broker reports dropped messages", Duration.ofSeconds(60),
                    () -> broker.droppedMessages().orElseThrow() > 0);
            Thread.sleep(2_000); // what was queued arrives
            assertThat(stormListed(registry)).as("devices the hub lists").isLessThan(DEVICES);
        }
    }

    private void storm(String brokerUri) throws Exception {
        URI uri = URI.create(brokerUri);
        Semaphore inFlight = new Semaphore(CONNECTS_IN_FLIGHT);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            String id = String.format("storm-%04d", i);
            Mqtt5AsyncClient client = MqttClient.builder().useMqttVersion5().identifier(id)
                    .serverHost(uri.getHost()).serverPort(uri.getPort()).buildAsync();
            clients.add(client);
            inFlight.acquire();
            all.add(client.connectWith().cleanStart(true).keepAlive(60)
                    .willPublish().topic(Topics.of(id, Topics.Kind.PRESENCE)).payload(presence(false))
                    .qos(MqttQos.AT_LEAST_ONCE).retain(true).applyWillPublish().send()
                    .thenCompose(ack -> publish(client, id, Topics.Kind.HELLO, hello(id)))
                    .thenCompose(x -> publish(client, id, Topics.Kind.PRESENCE, presence(true)))
                    .whenComplete((x, e) -> inFlight.release()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
    }

    private static long stormListed(DeviceRegistry registry) {
        Set<String> ids = registry.listed().stream().map(Device::id).filter(id -> id.startsWith("storm-"))
                .collect(Collectors.toSet());
        return ids.size();
    }

    private static CompletableFuture<?> publish(Mqtt5AsyncClient client, String id, Topics.Kind kind, byte[] payload) {
        return client.publishWith().topic(Topics.of(id, kind)).payload(payload).qos(MqttQos.AT_LEAST_ONCE)
                .retain(kind.retained()).send();
    }

    private static byte[] hello(String id) {
        return Hello.newBuilder().setDeviceId(id).setName("Storm " + id.substring(6)).setType(DeviceType.DEVICE_TYPE_SPEAKER)
                .setProfile("test-profile").setAgentVersion("0.0.1").setProtocolVersion(1)
                .setCapabilities(Capabilities.newBuilder().setVolumeControl(true)).build().toByteArray();
    }

    private static byte[] presence(boolean online) {
        return Presence.newBuilder().setStatus(online ? Presence.Status.STATUS_ONLINE : Presence.Status.STATUS_OFFLINE)
                .setTimestampMs(System.currentTimeMillis()).build().toByteArray();
    }
}
