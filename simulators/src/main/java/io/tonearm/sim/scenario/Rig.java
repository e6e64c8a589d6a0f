package io.tonearm.sim.scenario;

import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.sink.NullSink;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.faults.LinkProfile;
import io.tonearm.sim.faults.TcpFaultProxy;
import io.tonearm.sim.faults.UdpFaultProxy;
import io.tonearm.sim.services.Stack;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;

/**
 * One scenario device: a {@link SimulatedDevice} (the real agent, paced in real time, into a probe
 * sink) and, when the scenario gives it a link, the fault proxies between it and the hub (TCP for
 * MQTT, UDP for CoAP) and between it and the control plane (TCP, so its audio crosses the link too).
 */
final class Rig implements AutoCloseable {
    final Scenario.DeviceSpec spec;
    final SimulatedDevice device;
    private final Optional<TcpFaultProxy> controlProxy;
    private final Optional<TcpFaultProxy> mqttProxy;
    private final Optional<UdpFaultProxy> coapProxy;

    private Rig(Scenario.DeviceSpec spec, SimulatedDevice device, Optional<TcpFaultProxy> controlProxy,
                Optional<TcpFaultProxy> mqttProxy, Optional<UdpFaultProxy> coapProxy) {
        this.spec = spec;
        this.device = device;
        this.controlProxy = controlProxy;
        this.mqttProxy = mqttProxy;
        this.coapProxy = coapProxy;
    }

    static Rig start(Scenario.DeviceSpec spec, Stack stack, long seed) throws Exception {
        URI control = stack.controlUrl();
        String hub = spec.transport() == Scenario.Transport.MQTT ? stack.mqttUrl() : stack.coapUrl();
        Optional<TcpFaultProxy> cp = Optional.empty();
        Optional<TcpFaultProxy> mp = Optional.empty();
        Optional<UdpFaultProxy> up = Optional.empty();
        try {
            if (spec.link().isPresent()) {
                LinkProfile link = spec.link().get();
                cp = Optional.of(TcpFaultProxy.start(address(control.getHost(), control.getPort()), seed));
                control = URI.create("http://127.0.0.1:" + cp.get().port());
                URI h = URI.create(hub);
                if (spec.transport() == Scenario.Transport.MQTT) {
                    mp = Optional.of(TcpFaultProxy.start(address(h.getHost(), h.getPort()), seed + 1));
                    hub = "tcp://127.0.0.1:" + mp.get().port();
                } else {
                    up = Optional.of(UdpFaultProxy.start(address(h.getHost(), h.getPort()), seed + 1));
                    hub = "coap://127.0.0.1:" + up.get().port();
                }
                cp.get().link(link);
                mp.ifPresent(p -> p.link(link));
                up.ifPresent(p -> p.link(link));
            }
            SimulatedDevice d = SimulatedDevice.start(new SimulatedDevice.Spec(spec.name(), spec.type(), profile(spec.type()), 50,
                    new NullSink(TimeSource.SYSTEM, spec.sinkBufferMs(), spec.sinkStartMs()), spec.sinkStartMs()), control, hub,
                    TimeSource.SYSTEM);
            return new Rig(spec, d, cp, mp, up);
        } catch (Exception e) {
            cp.ifPresent(TcpFaultProxy::close);
            mp.ifPresent(TcpFaultProxy::close);
            up.ifPresent(UdpFaultProxy::close);
            throw e;
        }
    }

    /** Applies {@code link} to every proxy of this device. */
    void degrade(LinkProfile link) throws ScenarioException {
        requireLink("degrade");
        controlProxy.ifPresent(p -> p.link(link));
        mqttProxy.ifPresent(p -> p.link(link));
        coapProxy.ifPresent(p -> p.link(link));
    }

    /** Resets the device's TCP connections (CoAP has none; its requests simply time out and retry). */
    void disconnect() throws ScenarioException {
        requireLink("disconnect");
        controlProxy.ifPresent(TcpFaultProxy::cut);
        mqttProxy.ifPresent(TcpFaultProxy::cut);
    }

    private void requireLink(String step) throws ScenarioException {
        if (controlProxy.isEmpty()) {
            throw new ScenarioException(step + ": the " + spec.name() + " has no link; declare one (link: {}) to fault it");
        }
    }

    static String profile(DeviceType type) {
        switch (type) {
            case CAR:
                return "car-headunit";
            case TV:
                return "smart-tv";
            default:
                return "smart-speaker";
        }
    }

    private static InetSocketAddress address(String host, int port) throws IOException {
        return new InetSocketAddress(java.net.InetAddress.getByName(host), port);
    }

    @Override
    public void close() {
        device.close();
        controlProxy.ifPresent(TcpFaultProxy::close);
        mqttProxy.ifPresent(TcpFaultProxy::close);
        coapProxy.ifPresent(UdpFaultProxy::close);
    }
}
