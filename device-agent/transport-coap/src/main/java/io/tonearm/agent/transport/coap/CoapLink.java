package io.tonearm.agent.transport.coap;

import com.google.protobuf.MessageLite;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubListener;
import io.tonearm.agent.transport.TransportException;
import io.tonearm.agent.transport.wire.Backoff;
import io.tonearm.agent.transport.wire.CommandDelivery;
import io.tonearm.agent.transport.wire.WireTranslator;
import io.tonearm.protocol.CoapResources;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.v1.Transport;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.eclipse.californium.core.CoapHandler;
import org.eclipse.californium.core.CoapObserveRelation;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.elements.exception.ConnectorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device's CoAP link to the hub, owned by one named thread ({@code tonearm-coap-link-<device>})
 * that does every request and holds all link state. Announcing means: POST hello, POST ONLINE
 * presence, observe {@code commands}, POST the latest state. Heartbeats are ONLINE presences every
 * {@code coap.heartbeat}. When a request gets no answer or the hub no longer knows the device (4.04
 * after a hub restart), the link is down: it announces again after a jittered backoff. A lost
 * observation (error notification, cancelled relation) is registered again. Notifications are read
 * on Californium's threads and handed to {@link CommandDelivery}.
 */
final class CoapLink {

    private static final Logger log = LoggerFactory.getLogger(CoapLink.class);

    private final CoapTransportSettings settings;
    private final TimeSource time;
    private final DeviceIdentity identity;
    private final HubListener listener;
    private final Backoff backoff;
    private final CoapExchanges exchanges;
    private final ScheduledExecutorService thread;
    private final AtomicReference<PlaybackState> pendingState = new AtomicReference<>();
    private volatile boolean closed;
    private final String instanceId;
    private boolean superseded; // link thread: the hub answered 4.09, another start of this id owns it
    // Link-thread state.
    private boolean connected;
    private PlaybackState latestState;
    private CoapObserveRelation relation;
    private ScheduledFuture<?> heartbeat;

    CoapLink(CoapTransportSettings settings, TimeSource time, RandomGenerator random, DeviceIdentity identity,
             HubListener listener) {
        this.settings = settings;
        this.time = time;
        this.identity = identity;
        this.listener = listener;
        this.instanceId = WireTranslator.newInstanceId(random);
        this.backoff = new Backoff(settings.reconnectMin(), settings.reconnectMax(), random);
        this.exchanges = new CoapExchanges(settings, identity);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tonearm-coap-link-" + identity.deviceId());
            t.setDaemon(true);
            return t;
        });
    }

    /** Announces once, blocking; afterwards the link keeps itself up. */
    void connectFirst() throws TransportException {
        String failure;
        try {
            failure = thread.submit(this::announce).get(settings.requestTimeout().toMillis() * 5, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            failure = String.valueOf(e.getCause() != null ? e.getCause() : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        if (failure != null) {
            close();
            throw new TransportException("cannot reach the hub at " + settings.base() + ": " + failure);
        }
    }

    /** Link thread: the announce sequence; null when the link is up, else why not. */
    private String announce() {
        if (superseded) {
            return "superseded by another agent with this device id";
        }
        String failure = exchanges.post(Topics.Kind.HELLO,
                WireTranslator.hello(identity, Transport.TRANSPORT_COAP, instanceId));
        if (failure != null && CoapExchanges.conflict(failure)) {
            supersede(failure);
            return failure;
        }
        if (failure == null) {
            failure = exchanges.post(Topics.Kind.PRESENCE, WireTranslator.presence(true, time.currentTimeMillis()));
        }
        if (failure == null) {
            failure = observe();
        }
        if (failure != null && CoapExchanges.conflict(failure)) {
            supersede(failure);
        }
        if (failure != null) {
            return failure;
        }
        connected = true;
        backoff.reset();
        PlaybackState state = pendingState.getAndSet(null);
        latestState = state != null ? state : latestState;
        if (latestState != null) {
            exchanges.post(Topics.Kind.STATE, WireTranslator.state(latestState));
        }
        long period = settings.heartbeatInterval().toMillis();
        heartbeat = thread.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
        log.info("connected to the hub at {} over CoAP", settings.base());
        listener.onConnectionChanged(true);
        return null;
    }

    private String observe() {
        if (relation != null) {
            relation.proactiveCancel();
            relation = null;
        }
        CoapObserveRelation r;
        try {
            r = exchanges.client(Topics.Kind.COMMANDS).observeAndWait(new CoapHandler() {
                @Override
                public void onLoad(CoapResponse response) {
                    notified(response);
                }

                @Override
                public void onError() {
                    thread.execute(CoapLink.this::observationLost);
                }
            });
        } catch (ConnectorException | IOException e) {
            return "observe: " + e.getMessage();
        }
        CoapResponse first = r == null ? null : r.getCurrent();
        if (first == null || r.isCanceled() || first.getCode() != ResponseCode.CONTENT) {
            if (r != null) {
                r.reactiveCancel();
            }
            if (first != null && first.getCode() == ResponseCode.CONFLICT) {
                return "4.09 " + first.getResponseText();
            }
            return "observe commands: " + (first == null ? "no answer" : first.getCode() + " " + first.getResponseText());
        }
        relation = r;
        return null;
    }

    /** Californium's thread: one notification. */
    private void notified(CoapResponse response) {
        if (response.getCode() == ResponseCode.CONFLICT) {
            thread.execute(() -> supersede("4.09 " + response.getResponseText()));
            return;
        }
        if (response.getCode() != ResponseCode.CONTENT) {
            thread.execute(this::observationLost);
            return;
        }
        byte[] payload = response.getPayload();
        if (payload == null || payload.length == 0) {
            return; // no command waiting
        }
        int format = response.getOptions().getContentFormat();
        if (format != MediaTypeRegistry.UNDEFINED && format != CoapResources.CONTENT_FORMAT_PROTOBUF) {
            log.warn("refused a command notification with content-format {}", format);
            listener.onMalformedCommand("", "unsupported content-format " + format);
            return;
        }
        CommandDelivery.deliver(payload, time.currentTimeMillis(), listener);
    }

    private void observationLost() {
        if (!connected || closed || superseded) {
            return;
        }
        log.info("the observation of commands was lost; registering again");
        String failure = observe();
        if (failure != null && CoapExchanges.conflict(failure)) {
            supersede(failure);
        } else if (failure != null) {
            lost(failure);
        }
    }

    private void beat() {
        if (!connected || closed) {
            return;
        }
        String failure = exchanges.post(Topics.Kind.PRESENCE, WireTranslator.presence(true, time.currentTimeMillis()));
        if (failure != null && CoapExchanges.conflict(failure)) {
            supersede(failure);
        } else if (failure != null && CoapExchanges.linkBroken(failure)) {
            lost(failure);
        } else if (relation == null || relation.isCanceled()) {
            observationLost();
        }
    }

    private void lost(String why) {
        if (!connected) {
            return;
        }
        goDown();
        log.warn("lost the hub at {} ({}); announcing again", settings.base(), why);
        listener.onConnectionChanged(false);
        scheduleReannounce();
    }

    /** Link thread: no heartbeats and no observation until the next announce, if any. */
    private void goDown() {
        connected = false;
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (relation != null) {
            relation.reactiveCancel();
            relation = null;
        }
    }

    /**
     * Link thread: the hub answered 4.09 Conflict, so a newer start of this device id said hello. Stops
     * for good (no heartbeats, no re-announce, no offline presence that would hide the new one) and
     * tells the listener, which stops the audio.
     */
    private void supersede(String why) {
        if (superseded || closed) {
            return;
        }
        superseded = true;
        goDown();
        log.warn("the hub says another agent now owns device {} ({}); this link stops", identity.deviceId(), why);
        listener.onConnectionChanged(false);
        listener.onSuperseded(why);
    }

    private void scheduleReannounce() {
        if (closed || superseded) {
            return;
        }
        long delay = backoff.next().toMillis();
        thread.schedule(() -> {
            if (closed || connected) {
                return;
            }
            String failure = announce();
            if (failure != null) {
                log.debug("announcing failed ({}); retrying", failure);
                scheduleReannounce();
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    void offerState(PlaybackState state) {
        if (pendingState.getAndSet(state) == null && !closed) {
            thread.execute(() -> {
                PlaybackState s = pendingState.getAndSet(null);
                if (s != null) {
                    latestState = s;
                    if (connected) {
                        sendOrLose(Topics.Kind.STATE, WireTranslator.state(s));
                    }
                }
            });
        }
    }

    /** Seeds the state a publish before start left, so the first announce carries it. */
    void seedState(PlaybackState state) {
        pendingState.set(state);
    }

    /** Events and acks: sent while the link is up, dropped (logged) while it is down. */
    void sendTransient(Topics.Kind kind, Supplier<MessageLite> message) {
        if (closed) {
            return;
        }
        thread.execute(() -> {
            if (connected) {
                sendOrLose(kind, message.get());
            } else {
                log.debug("link down; dropping a {}", kind.suffix());
            }
        });
    }

    private void sendOrLose(Topics.Kind kind, MessageLite message) {
        String failure = exchanges.post(kind, message);
        if (failure != null && CoapExchanges.conflict(failure)) {
            supersede(failure);
        } else if (failure != null && CoapExchanges.linkBroken(failure)) {
            lost(failure);
        } else if (failure != null) {
            log.warn("the hub refused a {}: {}", kind.suffix(), failure);
        }
    }

    /** Offline presence (best effort, one request timeout), cancels the observation, frees the socket. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            thread.submit(() -> {
                if (heartbeat != null) {
                    heartbeat.cancel(false);
                }
                if (connected) {
                    exchanges.post(Topics.Kind.PRESENCE, WireTranslator.presence(false, time.currentTimeMillis()));
                    connected = false;
                }
                if (relation != null) {
                    relation.proactiveCancel();
                }
            }).get(settings.requestTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.debug("closing: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.shutdownNow();
        exchanges.close();
    }
}
