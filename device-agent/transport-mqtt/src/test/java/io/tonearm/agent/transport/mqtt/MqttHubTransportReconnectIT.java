package io.tonearm.agent.transport.mqtt;

import static io.tonearm.agent.transport.mqtt.Fixtures.ok;
import static io.tonearm.agent.transport.mqtt.RecordingListener.next;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.time.TimeSource;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.Presence;
import io.tonearm.protocol.v1.StateReport;
import io.tonearm.protocol.v1.Stop;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The broker goes away and comes back, empty, on the same port; the device finds it again. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class MqttHubTransportReconnectIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DEVICE = "restart-1";

    private final RecordingListener listener = new RecordingListener();
    private EmbeddedBroker broker;
    private MqttHubTransport transport;

    @BeforeEach
    void startBroker() throws Exception {
        broker = new EmbeddedBroker();
        broker.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (transport != null) {
            transport.close();
        }
        broker.close();
    }

    @Test
    void reconnects_after_a_broker_restart_and_republishes_hello_presence_and_the_latest_state() throws Exception {
        transport = new MqttHubTransport(MqttTransportSettings.defaults(broker.uri())
                .withKeepAlive(Duration.ofSeconds(5)).withConnectTimeout(Duration.ofSeconds(2))
                .withReconnect(Duration.ofMillis(100), Duration.ofSeconds(1)),
                TimeSource.SYSTEM, new SplittableRandom(3), null);
        transport.start(Fixtures.kitchen(DEVICE), listener);
        transport.publishState(Fixtures.playing("before", 1_000, 1));
        assertThat(next(listener.connection, WAIT)).isTrue();

        broker.stop();
        assertThat(next(listener.connection, WAIT)).isFalse();
        transport.publishState(Fixtures.playing("while-down", 2_000, 2));
        transport.publishEvent(Fixtures.error("dropped while offline"));
        broker.start();

        assertThat(next(listener.connection, WAIT)).isTrue();
        try (HubPeer hub = new HubPeer(broker.uri(), DEVICE)) {
            hub.await(0, Topics.Kind.HELLO, HubPeer.Received::retained, WAIT);
            Presence presence = ok(WireCodec.readPresence(hub.await(0, Topics.Kind.PRESENCE, r -> true, WAIT).payload()));
            StateReport state = ok(WireCodec.readState(hub.await(0, Topics.Kind.STATE, r -> true, WAIT).payload()));
            assertThat(presence.getStatus()).isEqualTo(Presence.Status.STATUS_ONLINE);
            assertThat(state.getTrackUri()).isEqualTo("tonearm:track:while-down");
            assertThat(state.getSessionVersion()).isEqualTo(2);

            hub.sendCommand(Command.newBuilder().setId("after-restart").setStop(Stop.getDefaultInstance()).build()
                    .toByteArray());
            assertThat(next(listener.commands, WAIT).id()).isEqualTo("after-restart");
        }
    }
}
