package io.tonearm.agent.transport.mqtt;

import static io.tonearm.agent.transport.mqtt.Fixtures.ok;
import static io.tonearm.agent.transport.mqtt.RecordingListener.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.agent.session.CommandEnvelope;
import io.tonearm.agent.session.DeviceCommand;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.TransportException;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.Event;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.Presence;
import io.tonearm.protocol.v1.StateReport;
import io.tonearm.protocol.v1.Stop;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The transport against an embedded HiveMQ, with the test playing the hub. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MqttHubTransportIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final AtomicInteger DEVICES = new AtomicInteger();
    private static EmbeddedBroker broker;

    private final String deviceId = "dev-" + DEVICES.incrementAndGet();
    private final RecordingListener listener = new RecordingListener();
    private final CuttableSockets sockets = new CuttableSockets();
    private MqttHubTransport transport;
    private HubPeer hub;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new EmbeddedBroker();
        broker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (transport != null) {
            transport.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void announces_a_retained_hello_and_online_presence_on_connect() throws Exception {
        start(settings());
        hub = new HubPeer(broker.uri(), deviceId);

        Hello hello = ok(WireCodec.readHello(hub.await(0, Topics.Kind.HELLO, r -> r.retained(), WAIT).payload()));
        Presence presence = ok(WireCodec.readPresence(hub.await(0, Topics.Kind.PRESENCE, r -> r.retained(), WAIT).payload()));

        assertThat(hello.getDeviceId()).isEqualTo(deviceId);
        assertThat(hello.getName()).isEqualTo("Kitchen");
        assertThat(hello.getProtocolVersion()).isEqualTo(1);
        assertThat(presence.getStatus()).isEqualTo(Presence.Status.STATUS_ONLINE);
        assertThat(presence.getTimestampMs()).isPositive();
        assertThat(next(listener.connection, WAIT)).isTrue();
    }

    @Test
    void a_dead_link_fires_the_offline_will_and_the_device_comes_back_online() throws Exception {
        hub = new HubPeer(broker.uri(), deviceId);
        start(settings());
        assertThat(next(listener.connection, WAIT)).isTrue();
        int before = hub.mark();

        sockets.cutAll();

        HubPeer.Received will = hub.await(before, Topics.Kind.PRESENCE, r -> status(r) == Presence.Status.STATUS_OFFLINE, WAIT);
        assertThat(will.retained()).isTrue();
        assertThat(ok(WireCodec.readPresence(will.payload())).getTimestampMs()).isZero();
        assertThat(next(listener.connection, WAIT)).isFalse();
        assertThat(next(listener.connection, WAIT)).isTrue();
        hub.await(before, Topics.Kind.PRESENCE, r -> status(r) == Presence.Status.STATUS_ONLINE, WAIT);
    }

    @Test
    void a_play_command_from_the_hub_reaches_the_listener_as_a_play_envelope() throws Exception {
        start(settings());
        hub = new HubPeer(broker.uri(), deviceId);

        hub.sendCommand(Fixtures.play("cmd-1", "tonearm:track:a", "tonearm:track:b").toByteArray());

        CommandEnvelope env = next(listener.commands, WAIT);
        assertThat(env.id()).isEqualTo("cmd-1");
        assertThat(env.sessionVersion()).isEqualTo(7);
        assertThat(env.sequence()).isEqualTo(3);
        assertThat(env.command()).isEqualTo(new DeviceCommand.Play(List.of(new TrackRef("a"), new TrackRef("b")), 1,
                12_000, Optional.of(Quality.KBPS_320)));
    }

    @Test
    void bad_command_payloads_are_reported_with_their_reason_and_the_link_keeps_working() throws Exception {
        start(settings());
        hub = new HubPeer(broker.uri(), deviceId);

        hub.sendCommand(new byte[0]);
        hub.sendCommand(new byte[100_000]);
        hub.sendCommand("{\"play\": true}".getBytes(StandardCharsets.UTF_8));
        hub.sendCommand(Command.newBuilder().setId("cmd-no-action").build().toByteArray());
        hub.sendCommand(Command.newBuilder().setId("cmd-ok").setStop(Stop.getDefaultInstance()).build().toByteArray());

        assertThat(next(listener.malformed, WAIT)).isEqualTo(new RecordingListener.Malformed("", "empty payload: Command"));
        assertThat(next(listener.malformed, WAIT).reason()).startsWith("payload too large: Command of 100000 bytes");
        assertThat(next(listener.malformed, WAIT).reason()).startsWith("malformed payload: Command");
        assertThat(next(listener.malformed, WAIT))
                .isEqualTo(new RecordingListener.Malformed("cmd-no-action", "required field missing: Command.action"));
        assertThat(next(listener.commands, WAIT).id()).isEqualTo("cmd-ok");
        assertThat(listener.connection).containsExactly(true);
    }

    @Test
    void state_event_and_ack_go_out_on_their_topics_and_parse_back() throws Exception {
        start(settings());
        hub = new HubPeer(broker.uri(), deviceId);

        transport.publishState(Fixtures.playing("t9", 4_000, 5));
        transport.publishEvent(Fixtures.error("no rights"));
        transport.publishAck(Fixtures.applied("cmd-3", 5));

        HubPeer.Received state = hub.await(0, Topics.Kind.STATE, r -> true, WAIT);
        HubPeer.Received event = hub.await(0, Topics.Kind.EVENTS, r -> true, WAIT);
        HubPeer.Received ack = hub.await(0, Topics.Kind.ACKS, r -> true, WAIT);
        assertThat(state.retained()).isTrue();
        assertThat(event.retained()).isFalse();
        assertThat(ack.retained()).isFalse();
        StateReport s = ok(WireCodec.readState(state.payload()));
        assertThat(s.getTrackUri()).isEqualTo("tonearm:track:t9");
        assertThat(s.getPositionMs()).isEqualTo(4_000);
        assertThat(s.getSessionVersion()).isEqualTo(5);
        assertThat(ok(WireCodec.readEvent(event.payload())).getKind()).isEqualTo(Event.Kind.KIND_ERROR);
        Ack a = ok(WireCodec.readAck(ack.payload()));
        assertThat(a.getCommandId()).isEqualTo("cmd-3");
        assertThat(a.getOutcome()).isEqualTo(Ack.Outcome.OUTCOME_APPLIED);
    }

    @Test
    void a_command_sent_while_the_link_is_down_arrives_after_the_reconnect() throws Exception {
        hub = new HubPeer(broker.uri(), deviceId);
        start(settings().withReconnect(Duration.ofSeconds(2), Duration.ofSeconds(2)));
        assertThat(next(listener.connection, WAIT)).isTrue();
        int before = hub.mark();

        sockets.cutAll();
        hub.await(before, Topics.Kind.PRESENCE, r -> status(r) == Presence.Status.STATUS_OFFLINE, WAIT);
        hub.sendCommand(Command.newBuilder().setId("cmd-queued").setStop(Stop.getDefaultInstance()).build().toByteArray());

        assertThat(next(listener.commands, WAIT).id()).isEqualTo("cmd-queued");
    }

    @Test
    void close_leaves_a_retained_offline_presence_and_stops_the_link_thread() throws Exception {
        start(settings());
        hub = new HubPeer(broker.uri(), deviceId);
        hub.await(0, Topics.Kind.PRESENCE, r -> status(r) == Presence.Status.STATUS_ONLINE, WAIT);

        transport.close();

        HubPeer.Received offline = hub.await(0, Topics.Kind.PRESENCE, r -> status(r) == Presence.Status.STATUS_OFFLINE, WAIT);
        assertThat(offline.retained()).isTrue();
        assertThat(ok(WireCodec.readPresence(offline.payload())).getTimestampMs()).isPositive();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("tonearm-mqtt-link-" + deviceId) && t.isAlive());
    }

    @Test
    void publishing_after_close_neither_throws_nor_blocks() throws Exception {
        start(settings());
        transport.close();

        transport.publishState(Fixtures.idle());
        transport.publishEvent(Fixtures.error("late"));
        transport.publishAck(Fixtures.applied("cmd-late", 1));
        transport.close();
    }

    @Test
    void start_fails_with_a_transport_exception_when_no_broker_listens() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        transport = new MqttHubTransport(MqttTransportSettings.defaults("tcp://127.0.0.1:" + closedPort)
                .withConnectTimeout(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> transport.start(Fixtures.kitchen(deviceId), listener))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }

    private MqttTransportSettings settings() {
        return MqttTransportSettings.defaults(broker.uri()).withKeepAlive(Duration.ofSeconds(5))
                .withConnectTimeout(Duration.ofSeconds(5));
    }

    private void start(MqttTransportSettings settings) throws TransportException {
        transport = new MqttHubTransport(settings, TimeSource.SYSTEM, new SplittableRandom(1), sockets);
        transport.start(Fixtures.kitchen(deviceId), listener);
    }

    private static Presence.Status status(HubPeer.Received r) {
        return ok(WireCodec.readPresence(r.payload())).getStatus();
    }
}
