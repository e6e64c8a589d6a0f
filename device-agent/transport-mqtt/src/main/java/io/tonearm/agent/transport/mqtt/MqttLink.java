package io.tonearm.agent.transport.mqtt;

import io.tonearm.agent.transport.wire.WireTranslator;
import io.tonearm.agent.transport.wire.Backoff;
import io.tonearm.protocol.v1.Transport;
import com.google.protobuf.MessageLite;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubListener;
import io.tonearm.agent.transport.TransportException;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.WireLimits;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import javax.net.SocketFactory;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One started transport: the Paho client, the announce sequence, the latest state and the
 * reconnect loop. The first connect starts a clean session; later ones resume it, so QoS 1
 * commands the broker queued while the link was down arrive after the reconnect.
 *
 * <p>Threading: {@link #connectFirst} and {@link #close} run on the caller's thread and block,
 * bounded by the connect timeout. Reconnects run on the link thread. {@link #offerState} and
 * {@link #sendTransient} may be called from any thread and only hand messages to Paho's queue.
 */
final class MqttLink {

    /** MQTT 5 §3.14.2.1 DISCONNECT reason code "Session taken over". */
    static final int SESSION_TAKEN_OVER = 0x8E;
    private static final Logger log = LoggerFactory.getLogger(MqttLink.class);
    private static final int QOS = 1;
    private static final long GRACE_MS = 2_000;
    /** The broker discards (MQTT 5, 3.1.2.11.4) commands bigger than this instead of sending them. */
    static final long MAX_PACKET_BYTES = 4L * WireLimits.MAX_PAYLOAD_BYTES;

    private final MqttTransportSettings settings;
    private final TimeSource time;
    private final Backoff backoff;
    private final SocketFactory socketFactory;
    private final MqttAsyncClient client;
    private final DeviceIdentity identity;
    private final CommandDispatcher dispatcher;
    private final HubListener listener;

    private final Object stateLock = new Object();
    private PlaybackState latestState;   // guarded by stateLock
    private boolean stateDirty;          // guarded by stateLock: latestState not yet handed to Paho
    private boolean announced;           // guarded by stateLock: hello, presence and subscription are out

    private volatile CountDownLatch down = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile boolean superseded;
    private final String instanceId;
    private volatile long upSinceNanos;
    private Thread thread;

    MqttLink(MqttTransportSettings settings, TimeSource time, RandomGenerator random, SocketFactory socketFactory,
             MqttAsyncClient client, DeviceIdentity identity, CommandDispatcher dispatcher, HubListener listener) {
        this.settings = settings;
        this.time = time;
        this.backoff = new Backoff(settings.reconnectMin(), settings.reconnectMax(), random);
        this.socketFactory = socketFactory;
        this.client = client;
        this.identity = identity;
        this.dispatcher = dispatcher;
        this.listener = listener;
        this.instanceId = WireTranslator.newInstanceId(random);
    }

    void connectFirst() throws TransportException {
        client.setCallback(new Callbacks());
        try {
            connectAndAnnounce(true);
        } catch (MqttException | RuntimeException e) {
            closeClient();
            throw new TransportException("could not connect to the MQTT broker " + settings.brokerUri()
                    + " as " + identity.deviceId() + ": " + e, e);
        }
        thread = new Thread(this::run, "tonearm-mqtt-link-" + identity.deviceId());
        thread.setDaemon(true);
        thread.start();
    }

    /** A state known before the first connect; never replaces a newer one. */
    void seedState(PlaybackState state) {
        synchronized (stateLock) {
            if (latestState == null) {
                latestState = state;
                stateDirty = true;
            }
        }
    }

    void offerState(PlaybackState state) {
        synchronized (stateLock) {
            latestState = state;
            stateDirty = true;
            if (announced) {
                flushState();
            } else {
                log.debug("offline; keeping the latest state for the next connection");
            }
        }
    }

    void sendTransient(Topics.Kind kind, Supplier<MessageLite> wire) {
        if (!client.isConnected()) {
            log.debug("offline; dropping a message for {}", kind.suffix());
            return;
        }
        try {
            MqttMessage m = MqttHubTransport.message(wire.get(), false);
            if (m != null) {
                client.publish(topic(kind), m);
            }
        } catch (MqttException e) {
            log.debug("dropping a message for {}: {}", kind.suffix(), e.toString());
        } catch (RuntimeException e) {
            log.warn("could not send a message for {}", kind.suffix(), e);
        }
    }

    private void connectAndAnnounce(boolean cleanStart) throws MqttException {
        down = new CountDownLatch(1);
        MqttHubTransport.await(client.connect(options(cleanStart)), timeoutMs());
        upSinceNanos = time.nanoTime();
        client.publish(topic(Topics.Kind.HELLO), required(WireTranslator.hello(identity, Transport.TRANSPORT_MQTT, instanceId)));
        client.publish(topic(Topics.Kind.PRESENCE),
                required(WireTranslator.presence(true, time.currentTimeMillis())));
        IMqttToken sub = client.subscribe(new MqttSubscription(topic(Topics.Kind.COMMANDS), QOS));
        MqttHubTransport.await(sub, timeoutMs());
        int[] codes = sub.getReasonCodes();
        if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
            throw new MqttException(codes[0]);
        }
        synchronized (stateLock) {
            announced = true;
            flushState();
        }
        log.info("connected to {} as {}", settings.brokerUri(), identity.deviceId());
        notifyListener(true);
    }

    private MqttConnectionOptions options(boolean cleanStart) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(cleanStart);
        o.setSessionExpiryInterval(settings.sessionExpiry().getSeconds());
        o.setKeepAliveInterval((int) settings.keepAlive().getSeconds());
        o.setConnectionTimeout((int) settings.connectTimeout().getSeconds());
        o.setAutomaticReconnect(false);
        o.setMaximumPacketSize(MAX_PACKET_BYTES);
        o.setWill(topic(Topics.Kind.PRESENCE), required(WireTranslator.presence(false, 0)));
        if (socketFactory != null) {
            o.setSocketFactory(socketFactory);
        }
        return o;
    }

    /** The link thread: waits for the connection to drop, then reconnects with backoff. */
    private void run() {
        try {
            while (!closing) {
                down.await();
                if (closing) {
                    return;
                }
                if (superseded) {
                    // MQTT 5 §4.13: another client with this id took the session; taking it back would
                    // only make the two agents fight (and play twice). This link stops for good.
                    synchronized (stateLock) {
                        announced = false;
                    }
                    notifyListener(false);
                    try {
                        listener.onSuperseded("the broker handed this device id's session to another connection");
                    } catch (RuntimeException e) {
                        log.error("listener failed on a takeover", e);
                    }
                    return;
                }
                linkLost();
                reconnect();
            }
        } catch (InterruptedException e) {
            if (!closing) {
                log.warn("link thread interrupted; the transport stops reconnecting");
            }
        }
    }

    private void linkLost() {
        synchronized (stateLock) {
            announced = false;
        }
        // A link that flapped right after connecting keeps escalating; one that lived long starts over.
        if (time.nanoTime() - upSinceNanos >= settings.reconnectMax().toNanos()) {
            backoff.reset();
        }
        notifyListener(false);
    }

    private void reconnect() throws InterruptedException {
        for (int attempt = 1; !closing; attempt++) {
            Duration delay = backoff.next();
            log.debug("reconnecting to {} in {} ms", settings.brokerUri(), delay.toMillis());
            time.sleepUntil(time.nanoTime() + delay.toNanos());
            if (closing) {
                return;
            }
            try {
                connectAndAnnounce(false);
                return;
            } catch (MqttException | RuntimeException e) {
                // The first failure says why; the rest of an outage would only repeat it.
                if (attempt == 1) {
                    log.info("reconnecting to {} failed, retrying with backoff: {}", settings.brokerUri(), e.toString());
                } else {
                    log.debug("reconnect attempt {} to {} failed: {}", attempt, settings.brokerUri(), e.toString());
                }
                dropConnection();
            }
        }
    }

    /** Hands the latest state to Paho if it is newer than what was handed last; holds stateLock. */
    private void flushState() {
        if (!stateDirty || latestState == null) {
            return;
        }
        MqttMessage m = MqttHubTransport.message(WireTranslator.state(latestState), true);
        if (m == null) {
            stateDirty = false;
            return;
        }
        try {
            client.publish(topic(Topics.Kind.STATE), m);
            stateDirty = false;
        } catch (MqttException e) {
            log.debug("state not handed to the client yet ({}); retried after the next delivery", e.toString());
        }
    }

    void close() {
        closing = true;
        down.countDown();
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(timeoutMs() + GRACE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (stateLock) {
            announced = false;
        }
        if (client.isConnected()) {
            try {
                MqttHubTransport.await(client.publish(topic(Topics.Kind.PRESENCE),
                        required(WireTranslator.presence(false, time.currentTimeMillis()))), GRACE_MS);
                // A device that leaves on purpose ends its session: nothing should queue for it.
                MqttProperties props = new MqttProperties();
                props.setSessionExpiryInterval(0L);
                MqttHubTransport.await(client.disconnect(GRACE_MS, null, null, 0, props), GRACE_MS + 1_000);
            } catch (MqttException | RuntimeException e) {
                log.info("clean disconnect from {} failed: {}", settings.brokerUri(), e.toString());
            }
        }
        closeClient();
        log.info("MQTT transport of {} closed", identity.deviceId());
    }

    private void dropConnection() {
        try {
            client.disconnectForcibly(0, 500, false);
        } catch (MqttException | RuntimeException e) {
            log.debug("forced disconnect: {}", e.toString());
        }
    }

    private void closeClient() {
        if (client.isConnected()) {
            dropConnection();
        }
        try {
            client.close(true);
        } catch (MqttException | RuntimeException e) {
            log.debug("closing the MQTT client: {}", e.toString());
        }
    }

    private void notifyListener(boolean connected) {
        try {
            listener.onConnectionChanged(connected);
        } catch (RuntimeException e) {
            log.error("listener failed on a connection change", e);
        }
    }

    private static MqttMessage required(MessageLite wire) {
        MqttMessage m = MqttHubTransport.message(wire, true);
        if (m == null) {
            throw new IllegalStateException(wire.getClass().getSimpleName() + " breaks the wire contract");
        }
        return m;
    }

    private String topic(Topics.Kind kind) {
        return Topics.of(identity.deviceId(), kind);
    }

    private long timeoutMs() {
        return settings.connectTimeout().toMillis() + GRACE_MS;
    }

    /** Paho's client-wide callback; runs on Paho's callback thread. */
    private final class Callbacks implements MqttCallback {
        @Override
        public void disconnected(MqttDisconnectResponse response) {
            log.info("link to {} lost: {}", settings.brokerUri(), response);
            if (response != null && (response.getReturnCode() == SESSION_TAKEN_OVER || (response.getException() != null
                    && response.getException().getReasonCode() == SESSION_TAKEN_OVER))) {
                log.warn("another connection took over device {} (DISCONNECT 0x8E); not reconnecting",
                        identity.deviceId());
                superseded = true;
            }
            down.countDown();
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            log.warn("MQTT error: {}", exception.toString());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            dispatcher.dispatch(topic, message.getPayload());
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
            synchronized (stateLock) {
                if (announced) {
                    flushState();
                }
            }
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            log.debug("connected to {}", serverUri);
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
            log.debug("ignoring an AUTH packet (reason {})", reasonCode);
        }
    }
}
