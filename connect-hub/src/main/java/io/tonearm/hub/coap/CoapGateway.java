package io.tonearm.hub.coap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.tonearm.hub.HubConfig;
import io.tonearm.hub.NamedThreads;
import io.tonearm.hub.device.CommandChannelException;
import io.tonearm.hub.device.CommandEnvelope;
import io.tonearm.hub.device.DeviceInbox;
import io.tonearm.hub.device.DeviceLink;
import io.tonearm.hub.device.DeviceMessage;
import io.tonearm.hub.device.DeviceRoutes;
import io.tonearm.hub.device.Transport;
import io.tonearm.hub.mqtt.WireTranslator;
import io.tonearm.protocol.WireLimits;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.elements.config.UdpConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's CoAP server (Eclipse Californium) for constrained devices: resources under
 * {@code /v1/d/{d}/…} ({@link DeviceTree}), {@code /.well-known/core} from Californium's discovery,
 * commands as confirmable Observe notifications ({@link CommandsResource}). Messages feed the same
 * {@link DeviceInbox} as MQTT. A device that misses {@code missed-heartbeats} heartbeats is marked
 * offline by a sweep on one named thread, reading the injected clock. Started and stopped with the
 * Micronaut context; {@code tonearm.hub.coap.enabled=false} leaves it out.
 */
@Context
@Requires(property = "tonearm.hub.coap.enabled", notEquals = "false")
public class CoapGateway implements DeviceLink {

    private static final Logger log = LoggerFactory.getLogger(CoapGateway.class);

    static {
        CoapConfig.register();
        UdpConfig.register();
    }

    private final CoapSettings settings;
    private final DeviceInbox inbox;
    private final DeviceRoutes routes;
    private final Clock clock;
    private final CoapPresence presence;
    private final DeviceTree tree;
    private final CoapServer server;
    private final CoapEndpoint endpoint;
    private final ScheduledExecutorService sweeper;

    public CoapGateway(CoapSettings settings, HubConfig hub, DeviceInbox inbox, DeviceRoutes routes, Clock clock) {
        this.settings = settings;
        this.inbox = inbox;
        this.routes = routes;
        this.clock = clock;
        this.presence = new CoapPresence(settings.offlineAfter());
        CoapInbound inbound = new CoapInbound(inbox, presence, clock);
        this.tree = new DeviceTree(inbound, clock, hub.commandTimeout().multipliedBy(2));
        inbound.attach(tree);
        Configuration config = Configuration.createStandardWithoutFile();
        config.set(CoapConfig.MAX_RESOURCE_BODY_SIZE, WireLimits.MAX_PAYLOAD_BYTES);
        this.endpoint = new CoapEndpoint.Builder()
                .setInetSocketAddress(new InetSocketAddress(settings.bind(), settings.port()))
                .setConfiguration(config)
                .build();
        this.server = new CoapServer(config);
        server.addEndpoint(endpoint);
        CoapResource v1 = new CoapResource("v1", false);
        v1.add(tree);
        server.add(v1);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(new NamedThreads("hub-coap-presence"));
    }

    @PostConstruct
    void start() {
        server.start();
        long period = Math.max(50, settings.heartbeatInterval().toMillis() / 2);
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
        log.info("CoAP server listening on udp://{}:{} (heartbeats every {} s, offline after {} s)", settings.bind(),
                port(), settings.heartbeatInterval().toSeconds(), settings.offlineAfter().toSeconds());
    }

    /** The UDP port the server is bound to (the configured one, or the one picked for port 0). */
    public int port() {
        return endpoint.getAddress().getPort();
    }

    /** Marks offline the CoAP devices whose heartbeats stopped; runs on the sweeper thread. */
    void sweep() {
        try {
            for (String id : presence.expired(clock.instant())) {
                if (routes.transportOf(id).orElse(Transport.COAP) == Transport.COAP) {
                    log.info("Device {} missed {} CoAP heartbeats", id, settings.missedHeartbeats());
                    inbox.accept(Transport.COAP, new DeviceMessage.PresenceChanged(id, false));
                }
            }
        } catch (RuntimeException e) {
            log.error("CoAP presence sweep failed", e);
        }
    }

    @Override
    public Transport transport() {
        return Transport.COAP;
    }

    @Override
    public void publish(String deviceId, CommandEnvelope envelope) {
        CommandsResource commands = tree.commands(deviceId).orElseThrow(() -> new CommandChannelException(
                "device " + deviceId + " has not said hello over CoAP", null));
        if (commands.getObserverCount() == 0) {
            throw new CommandChannelException("device " + deviceId + " does not observe its commands", null);
        }
        commands.push(envelope.id(), WireTranslator.toWire(envelope));
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
        server.destroy();
    }
}
