package io.tonearm.sim.fleet;

import com.google.protobuf.MessageLite;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.tonearm.agent.session.CommandAck;
import io.tonearm.agent.session.CommandEnvelope;
import io.tonearm.agent.session.CommandLedger;
import io.tonearm.agent.session.DeviceCommand;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.transport.wire.InboundCommand;
import io.tonearm.agent.transport.wire.WireTranslator;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.v1.Transport;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One lightweight fleet device. It speaks the real wire contract through the agent's own code:
 * {@link WireTranslator} builds its hello, presence (and will), state reports and acks and decodes
 * the hub's commands, and the agent's {@link CommandLedger} decides duplicate and stale exactly as
 * the agent's session does. What it does not run is audio: {@link FleetPlayback} models the player.
 * The MQTT connection is a HiveMQ client whose Netty event loop all fleet devices share.
 *
 * <p>Threads: commands arrive on the shared event loop; each device handles them one at a time
 * under its own lock (the agent's single session thread, in miniature).
 */
final class FleetDevice {
    /** Told about every command this device applied, on the event loop thread; must not block. */
    interface Listener {
        void applied(FleetDevice device, DeviceCommand command, long receivedAtNanos);

        void executedTwice(FleetDevice device, String commandId);
    }

    private final DeviceIdentity identity;
    private final Mqtt5AsyncClient client;
    private final Listener listener;
    private final CommandLedger ledger = new CommandLedger(1024);
    private final Set<String> executed = new HashSet<>();
    private final FleetPlayback playback = new FleetPlayback();
    private int duplicatesRefused;

    FleetDevice(DeviceIdentity identity, Mqtt5AsyncClient client, Listener listener) {
        this.identity = identity;
        this.client = client;
        this.listener = listener;
    }

    String id() {
        return identity.deviceId();
    }

    /** Connects with its offline will, announces itself as the agent does, subscribes to its commands. */
    CompletableFuture<Void> connect() {
        return client.connectWith().cleanStart(true).keepAlive(60)
                .willPublish().topic(topic(Topics.Kind.PRESENCE)).payload(WireTranslator.presence(false, 0).toByteArray())
                .qos(MqttQos.AT_LEAST_ONCE).retain(true).applyWillPublish()
                .send()
                .thenCompose(ack -> publish(Topics.Kind.HELLO, WireTranslator.hello(identity, Transport.TRANSPORT_MQTT)))
                .thenCompose(x -> publish(Topics.Kind.PRESENCE, WireTranslator.presence(true, System.currentTimeMillis())))
                .thenCompose(x -> client.subscribeWith().topicFilter(topic(Topics.Kind.COMMANDS)).qos(MqttQos.AT_LEAST_ONCE)
                        .callback(this::onCommand).send())
                .thenCompose(x -> publish(Topics.Kind.STATE, WireTranslator.state(snapshot())));
    }

    CompletableFuture<Void> disconnect() {
        return client.disconnect();
    }

    synchronized int duplicatesRefused() {
        return duplicatesRefused;
    }

    synchronized int volume() {
        return playback.state(ledger.version()).volumePercent();
    }

    private synchronized PlaybackState snapshot() {
        return playback.state(ledger.version());
    }

    /** The agent's CommandHandler order: probe outside the ledger, then duplicate, stale, apply, ack. */
    private void onCommand(Mqtt5Publish message) {
        long receivedNanos = System.nanoTime();
        InboundCommand inbound = WireTranslator.command(message.getPayloadAsBytes(), System.currentTimeMillis());
        if (inbound instanceof InboundCommand.Rejected r) {
            if (!r.commandId().isEmpty()) {
                ack(r.commandId(), CommandAck.Outcome.INVALID, r.reason().length() > 256 ? r.reason().substring(0, 256) : r.reason());
            }
            return;
        }
        if (!(inbound instanceof InboundCommand.Accepted a)) {
            throw new AssertionError("unhandled inbound command " + inbound);
        }
        CommandEnvelope e = a.envelope();
        PlaybackState after;
        synchronized (this) {
            if (e.command() instanceof DeviceCommand.ClockProbe) {
                ack(e.id(), CommandAck.Outcome.APPLIED, "");
                return;
            }
            switch (ledger.judge(e)) {
                case DUPLICATE:
                    duplicatesRefused++;
                    ack(e.id(), CommandAck.Outcome.DUPLICATE, "command " + e.id() + " was already executed");
                    return;
                case STALE:
                    ledger.record(e, false);
                    ack(e.id(), CommandAck.Outcome.STALE, "session version " + e.sessionVersion() + " is older than " + ledger.version());
                    return;
                case FRESH:
                    break;
                default:
                    throw new AssertionError("unhandled verdict");
            }
            ledger.record(e, true);
            if (!executed.add(e.id())) {
                listener.executedTwice(this, e.id());
            }
            String failure = playback.apply(e.command());
            ack(e.id(), failure.isEmpty() ? CommandAck.Outcome.APPLIED : CommandAck.Outcome.FAILED, failure);
            after = playback.state(ledger.version());
        }
        listener.applied(this, e.command(), receivedNanos);
        publish(Topics.Kind.STATE, WireTranslator.state(after));
    }

    private void ack(String id, CommandAck.Outcome outcome, String reason) {
        publish(Topics.Kind.ACKS, WireTranslator.ack(new CommandAck(id, outcome, reason, "", ledger.version(), System.currentTimeMillis())));
    }

    private CompletableFuture<Void> publish(Topics.Kind kind, MessageLite wire) {
        return client.publishWith().topic(topic(kind)).payload(wire.toByteArray()).qos(MqttQos.AT_LEAST_ONCE)
                .retain(kind.retained()).send().thenApply(r -> null);
    }

    private String topic(Topics.Kind kind) {
        return Topics.of(identity.deviceId(), kind);
    }
}
