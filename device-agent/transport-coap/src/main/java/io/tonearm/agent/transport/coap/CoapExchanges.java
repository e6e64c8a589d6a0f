package io.tonearm.agent.transport.coap;

import com.google.protobuf.MessageLite;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.protocol.CoapResources;
import io.tonearm.protocol.Decoded;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.WireLimits;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.californium.core.CoapClient;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.elements.config.UdpConfig;
import org.eclipse.californium.elements.exception.ConnectorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request side of a device's CoAP link: one endpoint, one client per resource of the device,
 * and how the hub's answers read ({@code null} for 2.04, else a one-line reason that
 * {@link #linkBroken} and {@link #conflict} classify).
 */
final class CoapExchanges {
    private static final Logger log = LoggerFactory.getLogger(CoapExchanges.class);
    private static final String NO_ANSWER = "no answer";

    static {
        CoapConfig.register();
        UdpConfig.register();
    }

    private final CoapEndpoint endpoint;
    private final Map<Topics.Kind, CoapClient> clients = new EnumMap<>(Topics.Kind.class);

    CoapExchanges(CoapTransportSettings settings, DeviceIdentity identity) {
        Configuration config = Configuration.createStandardWithoutFile();
        config.set(CoapConfig.MAX_RESOURCE_BODY_SIZE, WireLimits.MAX_PAYLOAD_BYTES);
        // One thread per stage: Californium sizes each pool by the core count, and a device's link
        // carries a few messages a minute; every idle thread's stack is resident memory (decision §40).
        config.set(CoapConfig.PROTOCOL_STAGE_THREAD_COUNT, 1);
        config.set(UdpConfig.UDP_RECEIVER_THREAD_COUNT, 1);
        config.set(UdpConfig.UDP_SENDER_THREAD_COUNT, 1);
        this.endpoint = new CoapEndpoint.Builder().setConfiguration(config).build();
        for (Topics.Kind kind : Topics.Kind.values()) {
            CoapClient c = new CoapClient(settings.base() + CoapResources.path(identity.deviceId(), kind));
            c.setEndpoint(endpoint);
            c.setTimeout(settings.requestTimeout().toMillis());
            clients.put(kind, c);
        }
    }

    CoapClient client(Topics.Kind kind) {
        return clients.get(kind);
    }

    /** Null when the hub answered 2.04, else a one-line reason: the code and diagnostic, or "no answer". */
    String post(Topics.Kind kind, MessageLite message) {
        Decoded<MessageLite> checked = WireCodec.check(message);
        if (checked instanceof Decoded.Refused<MessageLite> refused) {
            return "not sent, it breaks the contract: " + refused.describe();
        }
        CoapResponse r;
        try {
            r = clients.get(kind).post(message.toByteArray(), CoapResources.CONTENT_FORMAT_PROTOBUF);
        } catch (ConnectorException | IOException e) {
            log.debug("POST {} failed: {}", kind.suffix(), e.toString());
            r = null;
        }
        if (r == null) {
            return NO_ANSWER + " to " + kind.suffix();
        }
        return reason(r);
    }

    /** Null for 2.04, else the code as {@code 4.09} and the hub's diagnostic. */
    static String reason(CoapResponse r) {
        ResponseCode code = r.getCode();
        return code == ResponseCode.CHANGED ? null
                : code.codeClass + "." + String.format("%02d", code.codeDetail) + " " + r.getResponseText();
    }

    /**
     * No answer, or the hub no longer knows this device at this address (4.04 after a hub restart,
     * 4.03 after the device's address changed): only a new hello mends those.
     */
    static boolean linkBroken(String failure) {
        return failure.startsWith(NO_ANSWER) || failure.startsWith("4.04") || failure.startsWith("4.03");
    }

    /** 4.09: a newer start of this device id said hello, and the hub now answers this one with conflict. */
    static boolean conflict(String failure) {
        return failure.startsWith("4.09");
    }

    void close() {
        clients.values().forEach(CoapClient::shutdown);
        endpoint.destroy();
    }
}
