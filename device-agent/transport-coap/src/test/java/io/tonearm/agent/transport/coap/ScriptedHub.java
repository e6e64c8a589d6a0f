package io.tonearm.agent.transport.coap;

import io.tonearm.protocol.CoapResources;
import io.tonearm.protocol.Topics;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.elements.config.UdpConfig;

/**
 * The hub side of the CoAP contract for one device, played by a test: a Californium server on a free
 * loopback port that records every POST and notifies whatever the test hands it on {@code commands}.
 * It can "forget" the device, as a restarted hub does: then it answers 4.04 until the next hello.
 */
final class ScriptedHub implements AutoCloseable {

    static {
        CoapConfig.register();
        UdpConfig.register();
    }

    record Posted(Topics.Kind kind, byte[] payload, int format) {
    }

    final BlockingQueue<Posted> posts = new LinkedBlockingQueue<>();
    private final CoapServer server;
    private final CoapEndpoint endpoint;
    private final Commands commands = new Commands();
    private volatile boolean knowsDevice;
    private volatile byte[] nextPayload = new byte[0];
    private volatile int nextFormat = CoapResources.CONTENT_FORMAT_PROTOBUF;

    ScriptedHub(String deviceId) {
        Configuration config = Configuration.createStandardWithoutFile();
        endpoint = new CoapEndpoint.Builder().setConfiguration(config)
                .setInetSocketAddress(new java.net.InetSocketAddress("127.0.0.1", 0)).build();
        server = new CoapServer(config);
        server.addEndpoint(endpoint);
        CoapResource device = new CoapResource(deviceId);
        for (Topics.Kind kind : Topics.Kind.values()) {
            device.add(kind.fromDevice() ? new Inbound(kind) : commands);
        }
        server.add(new CoapResource("v1").add(new CoapResource("d").add(device)));
        server.start();
    }

    String uri() {
        return "coap://127.0.0.1:" + endpoint.getAddress().getPort();
    }

    /** Notifies one payload to the observers of commands. */
    void notifyCommand(byte[] payload, int format) {
        nextPayload = payload;
        nextFormat = format;
        commands.changed();
    }

    int observers() {
        return commands.getObserverCount();
    }

    /** As after a restart: the device is unknown until it says hello, and observations are gone. */
    void forget() {
        knowsDevice = false;
        commands.clearObserveRelations();
    }

    private final class Inbound extends CoapResource {
        private final Topics.Kind kind;

        Inbound(Topics.Kind kind) {
            super(kind.suffix());
            this.kind = kind;
        }

        @Override
        public void handlePOST(CoapExchange exchange) {
            if (kind == Topics.Kind.HELLO) {
                knowsDevice = true;
            } else if (!knowsDevice) {
                exchange.respond(CoAP.ResponseCode.NOT_FOUND, "unknown device");
                return;
            }
            posts.add(new Posted(kind, exchange.getRequestPayload(), exchange.getRequestOptions().getContentFormat()));
            exchange.respond(CoAP.ResponseCode.CHANGED);
        }
    }

    private final class Commands extends CoapResource {
        Commands() {
            super(Topics.Kind.COMMANDS.suffix());
            setObservable(true);
            setObserveType(CoAP.Type.CON);
        }

        @Override
        public void handleGET(CoapExchange exchange) {
            if (!knowsDevice) {
                exchange.respond(CoAP.ResponseCode.NOT_FOUND);
                return;
            }
            exchange.respond(CoAP.ResponseCode.CONTENT, nextPayload, nextFormat);
        }
    }

    @Override
    public void close() {
        server.destroy();
    }
}
