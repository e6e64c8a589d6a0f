package io.tonearm.hub.coap;

import io.tonearm.hub.device.DeviceInbox;
import io.tonearm.hub.device.DeviceMessage;
import io.tonearm.hub.device.Transport;
import io.tonearm.hub.mqtt.WireTranslator;
import io.tonearm.protocol.CoapResources;
import io.tonearm.protocol.Decoded;
import io.tonearm.protocol.Refusal;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.WireLimits;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a device's POST to {@code /v1/d/{d}/{kind}}: checks who sends it and what it carries, reads
 * it with the same translator as MQTT ({@link WireTranslator}, which goes through {@code WireCodec}),
 * and feeds the {@link DeviceInbox}. Every refusal is logged in one line and answered with a
 * diagnostic payload ({@code "<refusal>: <detail>"}): 4.15 another Content-Format, 4.13 too large,
 * 4.04 a device that has not said hello over CoAP, 4.03 a sender posting for a device id bound to
 * another address (or saying hello as a second device), 4.09 a request from a start of the device
 * that a newer start (a hello with another {@code instance_id}) replaced, 4.00 anything {@code WireCodec} refuses. Accepted messages answer 2.04.
 * Never throws into Californium. Thread-safe.
 */
final class CoapInbound implements DeviceTree.PostHandler {

    private static final Logger log = LoggerFactory.getLogger(CoapInbound.class);

    private final DeviceInbox inbox;
    private final CoapPresence presence;
    private final Clock clock;
    private DeviceTree tree;

    CoapInbound(DeviceInbox inbox, CoapPresence presence, Clock clock) {
        this.inbox = inbox;
        this.presence = presence;
        this.clock = clock;
    }

    void attach(DeviceTree tree) {
        this.tree = tree;
    }

    @Override
    public void post(String deviceId, Topics.Kind kind, CoapExchange exchange) {
        try {
            handle(deviceId, kind, exchange);
        } catch (RuntimeException e) {
            log.error("Failed to handle a CoAP {} of {}", kind.suffix(), deviceId, e);
            exchange.respond(ResponseCode.INTERNAL_SERVER_ERROR);
        }
    }

    private void handle(String deviceId, Topics.Kind kind, CoapExchange exchange) {
        InetSocketAddress sender = exchange.advanced().getRequest().getSourceContext().getPeerAddress();
        int format = exchange.getRequestOptions().getContentFormat();
        if (format != MediaTypeRegistry.UNDEFINED && format != CoapResources.CONTENT_FORMAT_PROTOBUF) {
            refuse(exchange, ResponseCode.UNSUPPORTED_CONTENT_FORMAT, deviceId, kind, sender,
                    "unsupported content-format " + format + "; payloads are " + CoapResources.CONTENT_FORMAT_PROTOBUF);
            return;
        }
        byte[] payload = exchange.getRequestPayload();
        if (payload != null && payload.length > WireLimits.MAX_PAYLOAD_BYTES) {
            refuse(exchange, ResponseCode.REQUEST_ENTITY_TOO_LARGE, deviceId, kind, sender,
                    Refusal.TOO_LARGE.description() + ": " + payload.length + " bytes exceed " + WireLimits.MAX_PAYLOAD_BYTES);
            return;
        }
        if (kind == Topics.Kind.HELLO) {
            String bound = tree.boundTo(sender).orElse(deviceId);
            if (!bound.equals(deviceId)) {
                refuse(exchange, ResponseCode.FORBIDDEN, deviceId, kind, sender, "this address is device " + bound
                        + "; a hello for " + deviceId + " is ignored");
                return;
            }
        } else {
            InetSocketAddress owner = tree.owner(deviceId).orElse(null);
            if (owner == null) {
                refuse(exchange, ResponseCode.NOT_FOUND, deviceId, kind, sender, "unknown device " + deviceId
                        + "; POST hello first");
                return;
            }
            if (!owner.equals(sender) && tree.superseded(deviceId, sender)) {
                refuse(exchange, ResponseCode.CONFLICT, deviceId, kind, sender, "a newer start of device "
                        + deviceId + " said hello; this one is superseded");
                return;
            }
            if (!owner.equals(sender)) {
                refuse(exchange, ResponseCode.FORBIDDEN, deviceId, kind, sender, "device " + deviceId
                        + " is bound to another address; ignored");
                return;
            }
        }
        if (payload == null || payload.length == 0) {
            refuse(exchange, ResponseCode.BAD_REQUEST, deviceId, kind, sender, Refusal.EMPTY.description());
            return;
        }
        Decoded<DeviceMessage> decoded = WireTranslator.fromDevice(Topics.of(deviceId, kind), payload);
        if (decoded instanceof Decoded.Refused<DeviceMessage> refused) {
            refuse(exchange, refused.reason() == Refusal.TOO_LARGE ? ResponseCode.REQUEST_ENTITY_TOO_LARGE
                    : ResponseCode.BAD_REQUEST, deviceId, kind, sender, refused.describe());
            return;
        }
        DeviceMessage message = ((Decoded.Ok<DeviceMessage>) decoded).message();
        if (kind == Topics.Kind.HELLO && !tree.hello(deviceId, sender, WireTranslator.instanceId(payload))) {
            refuse(exchange, ResponseCode.CONFLICT, deviceId, kind, sender, "this start of device " + deviceId
                    + " was superseded by a newer one");
            return;
        }
        if (message instanceof DeviceMessage.PresenceChanged p && !p.online()) {
            presence.left(deviceId);
        } else {
            presence.heard(deviceId, clock.instant());
        }
        inbox.accept(Transport.COAP, message);
        if (message instanceof DeviceMessage.CommandAnswered answered) {
            tree.commands(deviceId).ifPresent(c -> c.acknowledged(answered.ack().commandId()));
        }
        exchange.respond(ResponseCode.CHANGED);
    }

    private static void refuse(CoapExchange exchange, ResponseCode code, String deviceId, Topics.Kind kind,
            InetSocketAddress sender, String diagnostic) {
        log.warn("Refused a CoAP {} for {} from {}: {} {}", kind.suffix(), deviceId, sender, code.text, diagnostic);
        exchange.respond(code, diagnostic, MediaTypeRegistry.TEXT_PLAIN);
    }
}
