package io.tonearm.hub.support;

import io.tonearm.protocol.Decoded;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Capabilities;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.Presence;
import io.tonearm.protocol.v1.StateReport;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * The device side of the wire contract, played by a test message by message: a Paho v5 client with an
 * offline-presence will, publishing protobuf and collecting the commands it receives. Optionally
 * answers every command with a fixed outcome.
 */
public final class ScriptedDevice implements AutoCloseable {

    private final String id;
    private final MqttClient client;
    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private volatile Optional<Ack.Outcome> autoAnswer = Optional.empty();

    private ScriptedDevice(String id, MqttClient client) {
        this.id = id;
        this.client = client;
    }

    public static ScriptedDevice connect(String serverUri, String id) throws MqttException {
        MqttClient client = new MqttClient(serverUri, "device-" + id, new MemoryPersistence());
        ScriptedDevice device = new ScriptedDevice(id, client);
        client.setCallback(device.callback());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setKeepAliveInterval(5);
        options.setSocketFactory(new io.tonearm.hub.mqtt.NoDelaySocketFactory());
        MqttMessage will = new MqttMessage(Presence.newBuilder().setStatus(Presence.Status.STATUS_OFFLINE).build()
                .toByteArray(), 1, true, null);
        options.setWill(Topics.of(id, Topics.Kind.PRESENCE), will);
        client.connect(options);
        client.subscribe(Topics.of(id, Topics.Kind.COMMANDS), 1);
        return device;
    }

    /** Connects and says hello and online, like an agent does. */
    public static ScriptedDevice online(String serverUri, String id, String name, DeviceType type) throws MqttException {
        ScriptedDevice d = connect(serverUri, id);
        d.hello(Hello.newBuilder().setDeviceId(id).setName(name).setType(type).setProfile("test-profile")
                .setAgentVersion("0.0.1").setProtocolVersion(1)
                .setCapabilities(Capabilities.newBuilder().setVolumeControl(true).setSeek(true)).build());
        d.presence(true);
        return d;
    }

    /** Still connected to the broker (false once, for example, another client took its session over). */
    public boolean connected() {
        return client.isConnected();
    }

    public String id() {
        return id;
    }

    public void hello(Hello hello) throws MqttException {
        publish(Topics.Kind.HELLO, hello.toByteArray());
    }

    public void presence(boolean online) throws MqttException {
        publish(Topics.Kind.PRESENCE, Presence.newBuilder()
                .setStatus(online ? Presence.Status.STATUS_ONLINE : Presence.Status.STATUS_OFFLINE)
                .setTimestampMs(System.currentTimeMillis()).build().toByteArray());
    }

    public void state(StateReport state) throws MqttException {
        publish(Topics.Kind.STATE, state.toByteArray());
    }

    /** Publishes any bytes on one of this device's topics, retained as the contract says for the kind. */
    public void publish(Topics.Kind kind, byte[] payload) throws MqttException {
        client.publish(Topics.of(id, kind), payload, 1, kind.retained());
    }

    public void answerEveryCommandWith(Ack.Outcome outcome) {
        autoAnswer = Optional.of(outcome);
    }

    public void ack(Command command, Ack.Outcome outcome, String reason) throws MqttException {
        ack(command, outcome, reason, "");
    }

    public void ack(Command command, Ack.Outcome outcome, String reason, String errorCode) throws MqttException {
        publish(Topics.Kind.ACKS, Ack.newBuilder().setCommandId(command.getId()).setOutcome(outcome)
                .setReason(reason).setErrorCode(errorCode).setSessionVersion(command.getSessionVersion())
                .setTimestampMs(System.currentTimeMillis()).build().toByteArray());
    }

    /** The next command the hub sent, or an assertion error after {@code within}. */
    public Command nextCommand(Duration within) throws InterruptedException {
        Command c = commands.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        if (c == null) {
            throw new AssertionError(id + " received no command within " + within.toMillis() + " ms");
        }
        return c;
    }

    /** Fails when the hub sends this device a command within {@code within}. */
    public void expectNoCommand(Duration within) throws InterruptedException {
        Command c = commands.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        if (c != null) {
            throw new AssertionError(id + " received an unexpected command: " + c);
        }
    }

    /** Drops the connection without DISCONNECT, so the broker publishes the will. */
    public void crash() throws MqttException {
        client.disconnectForcibly(0, 100, false);
        client.close(true);
    }

    /** Says offline and disconnects cleanly (a clean DISCONNECT does not fire the will). */
    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            presence(false);
            client.disconnect();
        }
        client.close(true);
    }

    private MqttCallback callback() {
        return new MqttCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) throws Exception {
                Decoded<Command> read = WireCodec.readCommand(message.getPayload());
                if (!(read instanceof Decoded.Ok)) {
                    throw new AssertionError("hub sent a command the contract refuses: "
                            + ((Decoded.Refused<Command>) read).describe());
                }
                Command command = ((Decoded.Ok<Command>) read).message();
                commands.add(command);
                Optional<Ack.Outcome> answer = autoAnswer;
                if (answer.isPresent()) {
                    new Thread(() -> {
                        try {
                            ack(command, answer.get(), "");
                        } catch (MqttException e) {
                            throw new IllegalStateException(e);
                        }
                    }, "scripted-device-ack").start();
                }
            }

            @Override
            public void disconnected(MqttDisconnectResponse response) {
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
            }

            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
            }
        };
    }
}
