package io.tonearm.hub.support;

import io.tonearm.protocol.CoapResources;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Capabilities;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.Presence;
import io.tonearm.protocol.v1.Transport;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.californium.core.CoapClient;
import org.eclipse.californium.core.CoapHandler;
import org.eclipse.californium.core.CoapObserveRelation;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.elements.config.UdpConfig;

/**
 * The device side of the CoAP contract, played by a test request by request: a Californium client on
 * its own UDP port (so its own address), posting protobuf and collecting the commands notified to it.
 */
public final class CoapScriptedDevice implements AutoCloseable {

    static {
        CoapConfig.register();
        UdpConfig.register();
    }

    private final String id;
    private final String base;
    private final CoapEndpoint endpoint;
    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final BlockingQueue<CoapResponse> notifications = new LinkedBlockingQueue<>();
    private CoapObserveRelation relation;

    public CoapScriptedDevice(int hubPort, String id) {
        this.id = id;
        this.base = "coap://127.0.0.1:" + hubPort + "/";
        Configuration config = Configuration.createStandardWithoutFile();
        this.endpoint = new CoapEndpoint.Builder().setConfiguration(config).build();
    }

    public CoapClient client(String path) {
        CoapClient c = new CoapClient(base + path);
        c.setEndpoint(endpoint);
        c.setTimeout(5_000L);
        return c;
    }

    /** POSTs raw bytes to this device's resource of {@code kind} with the contract's content-format. */
    public CoapResponse post(Topics.Kind kind, byte[] payload) {
        return post(CoapResources.path(id, kind), payload, CoapResources.CONTENT_FORMAT_PROTOBUF);
    }

    public CoapResponse post(String path, byte[] payload, int format) {
        try {
            CoapResponse r = client(path).post(payload, format);
            if (r == null) {
                throw new AssertionError("no response to POST " + path);
            }
            return r;
        } catch (Exception e) {
            throw new AssertionError("POST " + path + " failed", e);
        }
    }

    public static Hello hello(String id) {
        return Hello.newBuilder().setDeviceId(id).setName("Car " + id).setType(DeviceType.DEVICE_TYPE_CAR)
                .setProfile("constrained-coap").setCapabilities(Capabilities.newBuilder().setVolumeControl(true).setSeek(true))
                .setAgentVersion("test").setProtocolVersion(1).addTransports(Transport.TRANSPORT_COAP).build();
    }

    public static byte[] online() {
        return Presence.newBuilder().setStatus(Presence.Status.STATUS_ONLINE).setTimestampMs(1).build().toByteArray();
    }

    /** Says hello and online, and observes its commands, like an agent does. */
    public CoapScriptedDevice start() throws Exception {
        expectChanged(post(Topics.Kind.HELLO, hello(id).toByteArray()));
        expectChanged(post(Topics.Kind.PRESENCE, online()));
        observe();
        return this;
    }

    public void observe() throws Exception {
        relation = client(CoapResources.path(id, Topics.Kind.COMMANDS)).observeAndWait(new CoapHandler() {
            @Override
            public void onLoad(CoapResponse response) {
                notifications.add(response);
                if (response.getPayload().length > 0) {
                    try {
                        commands.add(Command.parseFrom(response.getPayload()));
                    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                        throw new AssertionError(e);
                    }
                }
            }

            @Override
            public void onError() {
            }
        });
        if (relation == null || relation.isCanceled()) {
            throw new AssertionError("observation of commands was refused");
        }
    }

    /** True once a notification with {@code code} arrived on the commands observation. */
    public boolean notified(org.eclipse.californium.core.coap.CoAP.ResponseCode code) {
        return notifications.stream().anyMatch(r -> r.getCode() == code);
    }

    public Command nextCommand() throws InterruptedException {
        Command c = commands.poll(5, TimeUnit.SECONDS);
        if (c == null) {
            throw new AssertionError("no command notified to " + id);
        }
        return c;
    }

    public Command pollCommand(long millis) throws InterruptedException {
        return commands.poll(millis, TimeUnit.MILLISECONDS);
    }

    public void ack(Command c, Ack.Outcome outcome) {
        expectChanged(post(Topics.Kind.ACKS, Ack.newBuilder().setCommandId(c.getId()).setOutcome(outcome)
                .setSessionVersion(c.getSessionVersion()).setTimestampMs(1).build().toByteArray()));
    }

    private static void expectChanged(CoapResponse r) {
        if (r.getCode() != org.eclipse.californium.core.coap.CoAP.ResponseCode.CHANGED) {
            throw new AssertionError("expected 2.04, got " + r.getCode() + " " + r.getResponseText());
        }
    }

    @Override
    public void close() {
        if (relation != null) {
            relation.proactiveCancel();
        }
        endpoint.destroy();
    }
}
