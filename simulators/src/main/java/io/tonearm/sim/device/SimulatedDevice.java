package io.tonearm.sim.device;

import io.tonearm.agent.Agent;
import io.tonearm.agent.app.AgentAssembly;
import io.tonearm.agent.app.AgentOptions;
import io.tonearm.agent.app.AgentSettings;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.TransportException;
import java.net.URI;
import java.util.Optional;

/**
 * A simulated device: the real agent (session, player, JOrbis decoder, the MQTT or CoAP transport
 * its hub URL names, HTTP stream client) assembled exactly as {@code tonearm agent} assembles it, with a sink the
 * simulator can observe instead of a sound card.
 */
public final class SimulatedDevice implements AutoCloseable {
    private final AgentSettings settings;
    private final ProbeSink probe;
    private final Agent agent;

    private SimulatedDevice(AgentSettings settings, ProbeSink probe, Agent agent) {
        this.settings = settings;
        this.probe = probe;
        this.agent = agent;
    }

    /** What kind of device to simulate, and where its audio goes. */
    public record Spec(String name, DeviceType type, String profile, int volume, AudioSink output, int outputStartMs) {
        /** {@code outputStartMs}: the output's start threshold (0: it sounds what it is given at once). */
        public Spec(String name, DeviceType type, String profile, int volume, AudioSink output) {
            this(name, type, profile, volume, output, 0);
        }
    }

    /** Starts a device; {@code hubUrl} is {@code tcp://…} for MQTT or {@code coap://…} for CoAP. */
    public static SimulatedDevice start(Spec spec, URI control, String hubUrl, TimeSource time) throws TransportException {
        return start(spec, control, hubUrl, time, true);
    }

    /**
     * A device whose loudness normalisation is on or off; off, its samples at volume 100 are the
     * decoder's own, so a test can compare them with a reference decode sample for sample.
     */
    public static SimulatedDevice start(Spec spec, URI control, String hubUrl, TimeSource time, boolean normalise)
            throws TransportException {
        return start(spec, control, hubUrl, time, normalise, Quality.KBPS_320);
    }

    /**
     * A device whose quality ceiling is {@code maxQuality}: it asks for that rung and, on a link that
     * sustains it (loopback does), plays only that rung, so a test can check every rung of the ladder.
     */
    public static SimulatedDevice start(Spec spec, URI control, String hubUrl, TimeSource time, boolean normalise,
                                        Quality maxQuality) throws TransportException {
        AgentSettings settings = new AgentSettings(spec.profile(), spec.type(), spec.name(),
                AgentOptions.slug(spec.name()), hubUrl, control.toString(), maxQuality, spec.volume(), 1024,
                new AgentOptions.SinkSpec("null", Optional.empty()), "", 200).withNormalisation(normalise);
        ProbeSink probe = new ProbeSink(spec.output(), spec.outputStartMs() * 1_000_000L);
        Agent agent = AgentAssembly.assemble(settings, probe, time);
        try {
            agent.start();
        } catch (TransportException e) {
            agent.close();
            throw e;
        }
        return new SimulatedDevice(settings, probe, agent);
    }

    public String id() {
        return settings.deviceId();
    }

    public String name() {
        return settings.name();
    }

    public ProbeSink probe() {
        return probe;
    }

    public PlaybackState state() {
        return agent.state();
    }

    @Override
    public void close() {
        agent.close();
        probe.close();
    }
}
