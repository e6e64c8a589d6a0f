package io.tonearm.agent.transport.coap;

import static io.tonearm.agent.transport.coap.RecordingListener.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.agent.session.CommandAck;
import io.tonearm.agent.session.CommandEnvelope;
import io.tonearm.agent.session.DeviceCommand;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.TransportException;
import io.tonearm.protocol.CoapResources;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.Play;
import io.tonearm.protocol.v1.Presence;
import io.tonearm.protocol.v1.StateReport;
import io.tonearm.protocol.v1.Transport;
import java.net.DatagramSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real transport against a scripted Californium hub on loopback. */
class CoapHubTransportIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final DeviceIdentity CAR = new DeviceIdentity("car-7", "Car", DeviceType.CAR, "constrained-coap",
            true, Quality.KBPS_96, "0.1.0");

    private final ScriptedHub hub = new ScriptedHub("car-7");
    private final RecordingListener listener = new RecordingListener();
    private CoapHubTransport transport;

    @AfterEach
    void stop() {
        if (transport != null) {
            transport.close();
        }
        hub.close();
    }

    private CoapHubTransport transport(Duration heartbeat) {
        transport = new CoapHubTransport(CoapTransportSettings.defaults(hub.uri()).withHeartbeat(heartbeat)
                .withRequestTimeout(Duration.ofSeconds(2)).withReconnect(Duration.ofMillis(50), Duration.ofMillis(200)),
                TimeSource.SYSTEM);
        return transport;
    }

    private ScriptedHub.Posted nextPost(Topics.Kind kind) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            ScriptedHub.Posted p = hub.posts.poll(100, TimeUnit.MILLISECONDS);
            if (p != null && p.kind() == kind) {
                return p;
            }
        }
        throw new AssertionError("no " + kind + " posted");
    }

    @Test
    void start_says_hello_over_coap_then_online_then_observes_and_posts_the_state_set_before_start() throws Exception {
        CoapHubTransport t = transport(Duration.ofSeconds(30));
        t.publishState(new PlaybackState(io.tonearm.agent.session.PlaybackStatus.IDLE, java.util.Optional.empty(), 0, 0, 0,
                35, 0, 0, java.util.Optional.empty(), 0, java.util.List.of(), 0));
        t.start(CAR, listener);

        ScriptedHub.Posted hello = next(hub.posts, WAIT);
        assertThat(hello.kind()).isEqualTo(Topics.Kind.HELLO);
        assertThat(hello.format()).isEqualTo(CoapResources.CONTENT_FORMAT_PROTOBUF);
        Hello h = Hello.parseFrom(hello.payload());
        assertThat(h.getDeviceId()).isEqualTo("car-7");
        assertThat(h.getTransportsList()).containsExactly(Transport.TRANSPORT_COAP);
        ScriptedHub.Posted presence = next(hub.posts, WAIT);
        assertThat(Presence.parseFrom(presence.payload()).getStatus()).isEqualTo(Presence.Status.STATUS_ONLINE);
        assertThat(hub.observers()).isEqualTo(1);
        assertThat(StateReport.parseFrom(nextPost(Topics.Kind.STATE).payload()).getVolumePercent()).isEqualTo(35);
        assertThat(next(listener.connection, WAIT)).isTrue();
    }

    @Test
    void a_notified_command_reaches_the_listener_and_its_ack_is_posted() throws Exception {
        transport(Duration.ofSeconds(30)).start(CAR, listener);
        hub.notifyCommand(Command.newBuilder().setId("cmd-1").setSessionVersion(4).setSequence(1)
                .setPlay(Play.newBuilder().addTrackUris("tonearm:track:a")).build().toByteArray(),
                CoapResources.CONTENT_FORMAT_PROTOBUF);

        CommandEnvelope c = next(listener.commands, WAIT);
        assertThat(c.id()).isEqualTo("cmd-1");
        assertThat(c.command()).isInstanceOf(DeviceCommand.Play.class);
        transport.publishAck(new CommandAck("cmd-1", CommandAck.Outcome.APPLIED, "", "", 4, 1L));
        Ack ack = Ack.parseFrom(nextPost(Topics.Kind.ACKS).payload());
        assertThat(ack.getCommandId()).isEqualTo("cmd-1");
        assertThat(ack.getOutcome()).isEqualTo(Ack.Outcome.OUTCOME_APPLIED);
    }

    @Test
    void malformed_and_foreign_notifications_go_to_the_listener_as_refusals() throws Exception {
        transport(Duration.ofSeconds(30)).start(CAR, listener);

        hub.notifyCommand("not a command".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                CoapResources.CONTENT_FORMAT_PROTOBUF);
        RecordingListener.Malformed garbage = next(listener.malformed, WAIT);
        assertThat(garbage.commandId()).isEmpty();
        assertThat(garbage.reason()).startsWith("malformed payload");

        hub.notifyCommand("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), MediaTypeRegistry.APPLICATION_JSON);
        assertThat(next(listener.malformed, WAIT).reason()).isEqualTo("unsupported content-format 50");

        hub.notifyCommand(Command.newBuilder().setId("c-2").build().toByteArray(), CoapResources.CONTENT_FORMAT_PROTOBUF);
        RecordingListener.Malformed missing = next(listener.malformed, WAIT);
        assertThat(missing.commandId()).isEqualTo("c-2");
        assertThat(listener.commands).isEmpty();
    }

    @Test
    void heartbeats_flow_and_a_hub_that_forgot_the_device_gets_hello_and_a_new_observation() throws Exception {
        transport(Duration.ofMillis(150)).start(CAR, listener);
        assertThat(next(listener.connection, WAIT)).isTrue();
        nextPost(Topics.Kind.PRESENCE);
        nextPost(Topics.Kind.PRESENCE); // a heartbeat

        hub.forget();
        assertThat(next(listener.connection, WAIT)).as("the 4.04 heartbeat takes the link down").isFalse();
        assertThat(next(listener.connection, WAIT)).as("announced again").isTrue();
        nextPost(Topics.Kind.HELLO);
        assertThat(hub.observers()).isEqualTo(1);

        hub.notifyCommand(Command.newBuilder().setId("after").setPause(io.tonearm.protocol.v1.Pause.getDefaultInstance())
                .build().toByteArray(), CoapResources.CONTENT_FORMAT_PROTOBUF);
        assertThat(next(listener.commands, WAIT).id()).isEqualTo("after");
    }

    @Test
    void close_posts_an_offline_presence() throws Exception {
        transport(Duration.ofSeconds(30)).start(CAR, listener);
        nextPost(Topics.Kind.PRESENCE);
        transport.close();
        assertThat(Presence.parseFrom(nextPost(Topics.Kind.PRESENCE).payload()).getStatus())
                .isEqualTo(Presence.Status.STATUS_OFFLINE);
    }

    @Test
    void start_fails_with_a_transport_exception_when_nothing_answers() throws Exception {
        int silentPort;
        try (DatagramSocket s = new DatagramSocket(0)) {
            silentPort = s.getLocalPort();
        }
        CoapHubTransport t = new CoapHubTransport(CoapTransportSettings.defaults("coap://127.0.0.1:" + silentPort)
                .withRequestTimeout(Duration.ofMillis(300)), TimeSource.SYSTEM);
        assertThatThrownBy(() -> t.start(CAR, listener)).isInstanceOf(TransportException.class)
                .hasMessageContaining("cannot reach the hub");
        t.close();
    }

    @Test
    void a_link_runs_on_one_thread_per_californium_stage() throws Exception {
        java.util.Set<Long> before = Thread.getAllStackTraces().keySet().stream().map(Thread::getId)
                .collect(java.util.stream.Collectors.toSet());
        transport(Duration.ofSeconds(30)).start(CAR, listener);
        nextPost(Topics.Kind.PRESENCE);

        java.util.List<String> started = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t.getId()) && t.isAlive()).map(Thread::getName)
                .filter(name -> !name.startsWith("CoapServer")).sorted() // the scripted hub's
                .collect(java.util.stream.Collectors.toList());
        // On the 8 cores the pom gives this JVM: the link's own thread, one protocol-stage thread, one
        // UDP receiver and one sender, and Californium's secondary executor. Californium's defaults
        // started two receivers and two senders here (seven threads).
        assertThat(started).as("threads started by the link").hasSize(5)
                .anyMatch(n -> n.startsWith("tonearm-coap-link-"))
                .areExactly(1, new org.assertj.core.api.Condition<>(n -> n.startsWith("UDP-Receiver"), "a UDP receiver"))
                .areExactly(1, new org.assertj.core.api.Condition<>(n -> n.startsWith("UDP-Sender"), "a UDP sender"));
    }
}
