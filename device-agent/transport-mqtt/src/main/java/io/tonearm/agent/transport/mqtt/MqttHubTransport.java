package io.tonearm.agent.transport.mqtt;

import io.tonearm.agent.transport.wire.WireTranslator;
import com.google.protobuf.MessageLite;
import io.tonearm.agent.session.CommandAck;
import io.tonearm.agent.session.DeviceEvent;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubListener;
import io.tonearm.agent.transport.HubTransport;
import io.tonearm.agent.transport.TransportException;
import io.tonearm.protocol.Decoded;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.WireCodec;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import javax.net.SocketFactory;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link HubTransport} over MQTT 5 with Eclipse Paho: the device's client id is its device id, its
 * will is a retained OFFLINE presence, and every connect announces hello, ONLINE presence, the
 * commands subscription and the latest state, in that order. See this module's README for the
 * session and reconnect decisions.
 *
 * <p>Threading: {@link #start} and {@link #close} block (each bounded by the connect timeout); the
 * publish methods never block on the network and never throw, from any thread. Reconnecting runs on
 * one named thread ({@code tonearm-mqtt-link-<device>}); the listener is called on Paho's callback
 * thread and must not block.
 */
public final class MqttHubTransport implements HubTransport {

    private static final Logger log = LoggerFactory.getLogger(MqttHubTransport.class);
    private static final int QOS = 1;
    private static final int START_NOT_CALLED = 0;
    private static final int STARTED = 1;
    private static final int CLOSED = 2;

    private final MqttTransportSettings settings;
    private final TimeSource time;
    private final RandomGenerator random;
    private final SocketFactory socketFactory;
    private final AtomicInteger lifecycle = new AtomicInteger(START_NOT_CALLED);
    /** Everything a started transport needs; null until start. */
    private volatile MqttLink link;
    private final Object startLock = new Object();
    /** A state published before start; it goes out with the first announce. Guarded by startLock. */
    private PlaybackState stateBeforeStart;

    public MqttHubTransport(MqttTransportSettings settings) {
        this(settings, TimeSource.SYSTEM);
    }

    /** Plain {@code tcp://} connections set TCP_NODELAY (see {@link NoDelaySocketFactory}); {@code ssl://} keeps Paho's. */
    public MqttHubTransport(MqttTransportSettings settings, TimeSource time) {
        this(settings, time, RandomGenerator.getDefault(),
                "tcp".equals(settings.brokerUri().getScheme()) ? new NoDelaySocketFactory() : null);
    }

    /** For tests: a socket factory lets a test cut the connection the way a dead network would. */
    MqttHubTransport(MqttTransportSettings settings, TimeSource time, RandomGenerator random, SocketFactory socketFactory) {
        if (settings == null || time == null || random == null) {
            throw new IllegalArgumentException("settings, time source and random source are required");
        }
        this.settings = settings;
        this.time = time;
        this.random = random;
        this.socketFactory = socketFactory;
    }

    @Override
    public void start(DeviceIdentity identity, HubListener listener) throws TransportException {
        if (identity == null || listener == null) {
            throw new IllegalArgumentException("identity and listener are required");
        }
        if (!lifecycle.compareAndSet(START_NOT_CALLED, STARTED)) {
            throw new IllegalStateException("start may be called once");
        }
        MqttAsyncClient client;
        try {
            client = new MqttAsyncClient(settings.brokerUri().toString(), identity.deviceId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new TransportException("cannot create an MQTT client for " + settings.brokerUri(), e);
        }
        MqttLink started = new MqttLink(settings, time, random, socketFactory, client, identity,
                new CommandDispatcher(Topics.of(identity.deviceId(), Topics.Kind.COMMANDS), listener, time), listener);
        synchronized (startLock) {
            if (stateBeforeStart != null) {
                started.seedState(stateBeforeStart);
                stateBeforeStart = null;
            }
            link = started;
        }
        started.connectFirst();
    }

    @Override
    public void publishState(PlaybackState state) {
        if (state == null) {
            log.warn("ignoring a null state");
            return;
        }
        MqttLink l = link;
        if (l == null) {
            synchronized (startLock) {
                l = link;
                if (l == null) {
                    stateBeforeStart = state;
                    return;
                }
            }
        }
        l.offerState(state);
    }

    @Override
    public void publishEvent(DeviceEvent event) {
        MqttLink l = link;
        if (l == null || event == null) {
            log.debug("not started; dropping event {}", event);
            return;
        }
        l.sendTransient(Topics.Kind.EVENTS, () -> WireTranslator.event(event));
    }

    @Override
    public void publishAck(CommandAck ack) {
        MqttLink l = link;
        if (l == null || ack == null) {
            log.debug("not started; dropping ack {}", ack);
            return;
        }
        l.sendTransient(Topics.Kind.ACKS, () -> WireTranslator.ack(ack));
    }

    @Override
    public void close() {
        if (lifecycle.getAndSet(CLOSED) == CLOSED) {
            return;
        }
        MqttLink l = link;
        if (l != null) {
            l.close();
        }
    }

    /** Builds the MQTT message for a contract message, or null (logged) if it breaks the contract. */
    static MqttMessage message(MessageLite wire, boolean retained) {
        Decoded<MessageLite> checked = WireCodec.check(wire);
        if (checked instanceof Decoded.Refused<MessageLite> refused) {
            log.warn("not sending a message that breaks the contract: {}", refused.describe());
            return null;
        }
        MqttMessage m = new MqttMessage(wire.toByteArray());
        m.setQos(QOS);
        m.setRetained(retained);
        return m;
    }

    /** Waits for a Paho token, at most {@code millis}. */
    static void await(IMqttToken token, long millis) throws MqttException {
        token.waitForCompletion(millis);
    }
}
