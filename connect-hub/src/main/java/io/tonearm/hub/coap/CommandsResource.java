package io.tonearm.hub.coap;

import io.tonearm.protocol.CoapResources;
import io.tonearm.protocol.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.server.resources.CoapExchange;

/**
 * {@code /v1/d/{d}/commands}: the device observes it (RFC 7641) and each confirmable notification
 * carries one {@code Command}. Commands wait in a queue and go out one at a time: a notification
 * carries the oldest command not yet acknowledged, and the next one is notified when the device
 * POSTs the ack of the current one. (Observe promises only the latest state, so two commands in one
 * notification interval would otherwise lose the first.) A re-registered observation receives the
 * current command again; the device answers it as a duplicate. Commands older than {@code ttl},
 * whose caller has given up, are dropped. An observation without a command gets an empty 2.05.
 *
 * <p>Thread-safe: the queue is guarded by this resource's monitor; Californium calls GET on its
 * executor threads.
 */
final class CommandsResource extends CoapResource {

    private record Queued(String id, byte[] payload, Instant at) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Deque<Queued> queue = new ArrayDeque<>();
    private final java.util.function.Predicate<java.net.InetSocketAddress> superseded;

    CommandsResource(Clock clock, Duration ttl) {
        this(clock, ttl, address -> false);
    }

    /** {@code superseded}: addresses of a replaced agent start, whose GETs are answered 4.09 Conflict. */
    CommandsResource(Clock clock, Duration ttl, java.util.function.Predicate<java.net.InetSocketAddress> superseded) {
        super(Topics.Kind.COMMANDS.suffix());
        this.clock = clock;
        this.ttl = ttl;
        this.superseded = superseded;
        setObservable(true);
        setObserveType(CoAP.Type.CON);
        getAttributes().setObservable();
        getAttributes().addResourceType(CoapResources.resourceType(Topics.Kind.COMMANDS));
        getAttributes().addContentType(CoapResources.CONTENT_FORMAT_PROTOBUF);
    }

    /** Queues a command and notifies the observer when it is the only one waiting. */
    void push(String commandId, byte[] payload) {
        boolean first;
        synchronized (this) {
            dropExpired();
            queue.addLast(new Queued(commandId, payload, clock.instant()));
            first = queue.size() == 1;
        }
        if (first) {
            changed();
        }
    }

    /** The device acknowledged {@code commandId}: the next command, if any, goes out. */
    void acknowledged(String commandId) {
        boolean more;
        synchronized (this) {
            if (queue.isEmpty() || !queue.peekFirst().id().equals(commandId)) {
                return;
            }
            queue.removeFirst();
            dropExpired();
            more = !queue.isEmpty();
        }
        if (more) {
            changed();
        }
    }

    synchronized int waiting() {
        dropExpired();
        return queue.size();
    }

    @Override
    public void handleGET(CoapExchange exchange) {
        if (superseded.test(exchange.advanced().getRequest().getSourceContext().getPeerAddress())) {
            exchange.respond(CoAP.ResponseCode.CONFLICT, "another agent start now owns this device id",
                    org.eclipse.californium.core.coap.MediaTypeRegistry.TEXT_PLAIN);
            return;
        }
        Queued head;
        synchronized (this) {
            dropExpired();
            head = queue.peekFirst();
        }
        if (head == null) {
            exchange.respond(CoAP.ResponseCode.CONTENT, new byte[0], CoapResources.CONTENT_FORMAT_PROTOBUF);
        } else {
            exchange.respond(CoAP.ResponseCode.CONTENT, head.payload(), CoapResources.CONTENT_FORMAT_PROTOBUF);
        }
    }

    /** Another start of the device said hello: every current observer is told 4.09 and dropped. */
    void supersedeObservers() {
        clearAndNotifyObserveRelations(CoAP.ResponseCode.CONFLICT);
    }

    private void dropExpired() {
        Instant oldest = clock.instant().minus(ttl);
        while (!queue.isEmpty() && queue.peekFirst().at().isBefore(oldest)) {
            queue.removeFirst();
        }
    }
}
