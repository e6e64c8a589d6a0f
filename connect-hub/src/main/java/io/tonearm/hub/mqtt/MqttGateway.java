package io.tonearm.hub.mqtt;

import io.micronaut.context.annotation.Context;
import io.tonearm.hub.NamedThreads;
import io.tonearm.hub.broker.BrokerEndpoint;
import io.tonearm.hub.device.CommandChannelException;
import io.tonearm.hub.device.CommandEnvelope;
import io.tonearm.hub.device.DeviceInbox;
import io.tonearm.hub.device.DeviceLink;
import io.tonearm.hub.device.DeviceMessage;
import io.tonearm.hub.device.Transport;
import io.tonearm.protocol.Decoded;
import io.tonearm.protocol.Topics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's one MQTT 5 client (Paho), for the embedded and an external broker alike. Connects at
 * start and retries until the broker answers, and after a loss reconnects the same way (exponential
 * backoff with full jitter, 1 s to 30 s: {@link ReconnectBackoff}); {@link #connectComplete} subscribes
 * again (clean start: retained hello, presence and state arrive anew).
 *
 * <p>Subscriptions: hello, presence, state and acks are ordinary subscriptions, because every hub
 * instance needs the whole registry and MQTT 5 does not deliver retained messages to shared
 * subscriptions (section 4.8.2); acks are matched by command id. Events go to the {@code $share/hub}
 * group, so each is handled by one instance. Per-subscription listeners do not match {@code $share}
 * filters in Paho, so everything is routed here by topic.
 */
@Context
public class MqttGateway implements DeviceLink, MqttCallback {

    private static final Logger log = LoggerFactory.getLogger(MqttGateway.class);
    private static final int QOS = 1;
    private static final long MAX_PACKET_BYTES = 256 * 1024;
    /** How long a publish waits for an in-flight slot before it fails. */
    static final Duration SLOT_WAIT = Duration.ofSeconds(1);
    private static final long SLOT_POLL_NANOS = 1_000_000;

    private final BrokerEndpoint endpoint;
    private final DeviceInbox inbox;
    private final ScheduledExecutorService executor;
    private final MqttAsyncClient client;
    private final MqttConnectionOptions options = new MqttConnectionOptions();
    private final ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30),
            new java.util.Random());
    private volatile boolean stopping;
    private volatile boolean subscribed;

    public MqttGateway(BrokerEndpoint endpoint, DeviceInbox inbox) throws MqttException {
        this.endpoint = endpoint;
        this.inbox = inbox;
        // Only for our connect retries; Paho runs its own named threads ("MQTT Rec: <client id>", ...):
        // handing it a small pool starves its long-running receiver, sender and callback tasks.
        this.executor = Executors.newSingleThreadScheduledExecutor(new NamedThreads("hub-mqtt-connect"));
        String clientId = "tonearm-hub-" + UUID.randomUUID().toString().substring(0, 8);
        this.client = new MqttAsyncClient(endpoint.serverUri(), clientId, new MemoryPersistence());
        options.setCleanStart(true);
        // Our own loop reconnects (with jitter); Paho's automatic reconnect has a fixed schedule.
        options.setAutomaticReconnect(false);
        options.setKeepAliveInterval(30);
        options.setMaximumPacketSize(MAX_PACKET_BYTES);
        if (endpoint.serverUri().startsWith("tcp://")) {
            options.setSocketFactory(new NoDelaySocketFactory());
        }
        client.setCallback(this);
    }

    @PostConstruct
    void start() {
        connect(1);
    }

    private void connect(int attempt) {
        if (stopping) {
            return;
        }
        try {
            client.connect(options, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    // connectComplete subscribes.
                }

                @Override
                public void onFailure(IMqttToken token, Throwable cause) {
                    retry(attempt, cause);
                }
            });
        } catch (MqttException e) {
            retry(attempt, e);
        }
    }

    private void retry(int attempt, Throwable cause) {
        long delay = backoff.delay(attempt).toMillis();
        if (!stopping) {
            log.warn("Cannot reach the MQTT broker at {} ({}); retrying in {} ms", endpoint.serverUri(),
                    cause == null ? "unknown" : cause.getMessage(), delay);
            executor.schedule(() -> connect(attempt + 1), delay, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        log.info("{} to the MQTT broker at {}", reconnect ? "Reconnected" : "Connected", serverUri);
        String[] filters = {
            Topics.allDevices(Topics.Kind.HELLO), Topics.allDevices(Topics.Kind.PRESENCE),
            Topics.allDevices(Topics.Kind.STATE), Topics.allDevices(Topics.Kind.ACKS),
            Topics.sharedByHubs(Topics.Kind.EVENTS)};
        try {
            client.subscribe(filters, new int[] {QOS, QOS, QOS, QOS, QOS}, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    subscribed = true;
                    log.debug("Subscribed to device topics");
                }

                @Override
                public void onFailure(IMqttToken token, Throwable cause) {
                    log.error("Subscribing to device topics failed: {}", String.valueOf(cause));
                }
            });
        } catch (MqttException e) {
            log.error("Subscribing to device topics failed: {}", e.toString());
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        // Never throw here: Paho would drop the connection.
        try {
            Decoded<DeviceMessage> decoded = WireTranslator.fromDevice(topic, message.getPayload());
            if (decoded instanceof Decoded.Ok) {
                inbox.accept(Transport.MQTT, ((Decoded.Ok<DeviceMessage>) decoded).message());
            } else {
                log.warn("Dropped message on {}: {}", printable(topic), ((Decoded.Refused<?>) decoded).describe());
            }
        } catch (RuntimeException e) {
            log.error("Failed to handle a message on {}", printable(topic), e);
        }
    }

    @Override
    public Transport transport() {
        return Transport.MQTT;
    }

    /**
     * Publishes at QoS 1. Paho allows as many unacknowledged publishes as the broker's Receive Maximum
     * (1,000 on the embedded broker, {@code EmbeddedBroker.SERVER_RECEIVE_MAXIMUM}; 10 is HiveMQ's
     * default) and refuses more at once; a burst of commands then waits up to {@link #SLOT_WAIT} for a
     * slot instead of failing. Blocks the caller (a request thread) at most that long.
     */
    @Override
    public void publish(String deviceId, CommandEnvelope envelope) {
        String topic = Topics.of(deviceId, Topics.Kind.COMMANDS);
        byte[] payload = WireTranslator.toWire(envelope);
        long deadline = System.nanoTime() + SLOT_WAIT.toNanos();
        while (true) {
            try {
                client.publish(topic, payload, QOS, false);
                return;
            } catch (MqttException e) {
                if (e.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT || System.nanoTime() > deadline) {
                    throw new CommandChannelException("cannot publish a command to " + deviceId + ": " + e.getMessage(), e);
                }
            }
            LockSupport.parkNanos(SLOT_POLL_NANOS);
            if (Thread.currentThread().isInterrupted()) {
                throw new CommandChannelException("interrupted while waiting to publish a command to " + deviceId, null);
            }
        }
    }

    /** Connected to the broker and subscribed to the device topics. */
    public boolean ready() {
        return subscribed && client.isConnected();
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        subscribed = false;
        if (!stopping) {
            long delay = backoff.delay(1).toMillis();
            log.warn("Lost the MQTT broker ({}); reconnecting in {} ms", response.getReasonString() != null
                    ? response.getReasonString() : String.valueOf(response.getException()), delay);
            executor.schedule(() -> connect(2), delay, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
        log.warn("MQTT client error: {}", exception.toString());
    }

    @Override
    public void deliveryComplete(IMqttToken token) {
    }

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {
    }

    @PreDestroy
    void stop() {
        stopping = true;
        try {
            if (client.isConnected()) {
                client.disconnect(1000).waitForCompletion(2000);
            }
        } catch (MqttException e) {
            log.debug("disconnecting: {}", e.toString());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            log.debug("closing the MQTT client: {}", e.toString());
        }
        executor.shutdownNow();
    }

    /** Topics come from the network: keep log lines one line and short. */
    static String printable(String s) {
        String clean = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 160 ? clean.substring(0, 160) + "…" : clean;
    }
}
