package io.tonearm.agent.transport.coap;

import io.tonearm.agent.session.CommandAck;
import io.tonearm.agent.session.DeviceEvent;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubListener;
import io.tonearm.agent.transport.HubTransport;
import io.tonearm.agent.transport.TransportException;
import io.tonearm.agent.transport.wire.WireTranslator;
import io.tonearm.protocol.Topics;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link HubTransport} over CoAP (RFC 7252) with Eclipse Californium's {@code CoapClient}, for
 * constrained devices: messages are confirmable POSTs to the hub's {@code /v1/d/{id}/…} resources,
 * commands arrive as notifications of the observed {@code commands} resource (RFC 7641), and
 * ONLINE presences every {@code coap.heartbeat} stand in for MQTT's keep-alive and will. See
 * {@link CoapLink} for reconnecting.
 *
 * <p>Threading: {@link #start} and {@link #close} block (bounded by the request timeout); the publish
 * methods hand work to the link thread and never block or throw. The listener is called on
 * Californium's threads and must not block.
 */
public final class CoapHubTransport implements HubTransport {

    private static final Logger log = LoggerFactory.getLogger(CoapHubTransport.class);
    private static final int START_NOT_CALLED = 0;
    private static final int STARTED = 1;
    private static final int CLOSED = 2;

    private final CoapTransportSettings settings;
    private final TimeSource time;
    private final RandomGenerator random;
    private final AtomicInteger lifecycle = new AtomicInteger(START_NOT_CALLED);
    private final Object startLock = new Object();
    private volatile CoapLink link;
    /** A state published before start; it goes out with the first announce. Guarded by startLock. */
    private PlaybackState stateBeforeStart;

    public CoapHubTransport(CoapTransportSettings settings, TimeSource time) {
        this(settings, time, RandomGenerator.getDefault());
    }

    CoapHubTransport(CoapTransportSettings settings, TimeSource time, RandomGenerator random) {
        if (settings == null || time == null || random == null) {
            throw new IllegalArgumentException("settings, time source and random source are required");
        }
        this.settings = settings;
        this.time = time;
        this.random = random;
    }

    @Override
    public void start(DeviceIdentity identity, HubListener listener) throws TransportException {
        if (identity == null || listener == null) {
            throw new IllegalArgumentException("identity and listener are required");
        }
        if (!lifecycle.compareAndSet(START_NOT_CALLED, STARTED)) {
            throw new IllegalStateException("start may be called once");
        }
        CoapLink started = new CoapLink(settings, time, random, identity, listener);
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
        CoapLink l = link;
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
        CoapLink l = link;
        if (l == null || event == null) {
            log.debug("not started; dropping event {}", event);
            return;
        }
        l.sendTransient(Topics.Kind.EVENTS, () -> WireTranslator.event(event));
    }

    @Override
    public void publishAck(CommandAck ack) {
        CoapLink l = link;
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
        CoapLink l = link;
        if (l != null) {
            l.close();
        }
    }
}
