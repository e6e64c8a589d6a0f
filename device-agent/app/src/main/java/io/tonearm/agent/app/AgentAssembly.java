package io.tonearm.agent.app;

import io.tonearm.agent.Adapters;
import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.control.http.HttpControlSettings;
import io.tonearm.agent.control.http.HttpStreamResolver;
import io.tonearm.agent.cache.CachingFetcher;
import io.tonearm.agent.cache.CachingResolver;
import io.tonearm.agent.cache.DiskCache;
import io.tonearm.agent.cache.OfflinePlaylist;
import io.tonearm.agent.controls.Controls;
import io.tonearm.agent.controls.ControlsException;
import io.tonearm.agent.controls.ControlsFactory;
import io.tonearm.agent.decode.jorbis.VorbisDecoder;
import io.tonearm.agent.hook.EventHook;
import io.tonearm.agent.hook.HookedTransport;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.HardwareVolume;
import io.tonearm.agent.sink.NullSink;
import io.tonearm.agent.sink.PacedSink;
import io.tonearm.agent.sink.PipeSink;
import io.tonearm.agent.sink.SinkFactory;
import io.tonearm.agent.sink.WavFileSink;
import io.tonearm.agent.stream.AudioFetcher;
import io.tonearm.agent.stream.UrlConnectionRangeClient;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamingFetcher;
import io.tonearm.agent.stream.StreamingSettings;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubTransport;
import io.tonearm.agent.transport.HubTransportFactory;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires an agent for one set of settings. The decoder and the control-plane client are in every
 * distribution; transports, library-backed sinks and hardware controls are found on the class
 * path ({@link Adapters}), so a profile's distribution carries only what it needs and a missing
 * one is named ({@link MissingAdapterException}). The command line and the simulators both
 * assemble agents here.
 */
public final class AgentAssembly {
    public static final String AGENT_VERSION = "0.1.0";
    private static final Logger LOG = LoggerFactory.getLogger(AgentAssembly.class);
    private static final Adapters ADAPTERS = Adapters.load(AgentAssembly.class.getClassLoader());

    private AgentAssembly() {
    }

    /** @throws MissingAdapterException if no transport the settings list is on the class path */
    public static Agent assemble(AgentSettings s, AudioSink sink, TimeSource time) {
        return assemble(s, sink, time, ADAPTERS);
    }

    static Agent assemble(AgentSettings s, AudioSink sink, TimeSource time, Adapters adapters) {
        DeviceIdentity identity = new DeviceIdentity(s.deviceId(), s.name(), s.type(), s.profile(), s.capabilities(),
                AGENT_VERSION);
        HubTransport transport = transportFor(s, time, adapters);
        if (s.onEvent().isPresent()) {
            transport = new HookedTransport(transport, new EventHook(s.onEvent().get(), EventHook.DEFAULT_TIMEOUT));
        }
        StreamResolver resolver = new HttpStreamResolver(HttpControlSettings.defaults(s.controlUrl()), s.deviceId());
        StreamingSettings streaming = StreamingSettings.forReadAhead(s.readAheadKb());
        // The socket's read timeout is what ends a stalled read on HttpURLConnection, so it is the
        // streaming read timeout (decision §40).
        AudioFetcher fetcher = new StreamingFetcher(new UrlConnectionRangeClient(Duration.ofSeconds(5), streaming.readTimeout()),
                streaming, time, new SplittableRandom());
        Optional<DiskCache> cache = cache(s, time);
        Optional<OfflinePlaylist> offline = Optional.empty();
        if (cache.isPresent()) {
            resolver = new CachingResolver(resolver, cache.get());
            CachingFetcher caching = new CachingFetcher(fetcher, cache.get());
            fetcher = caching;
            offline = Optional.of(new OfflinePlaylist(resolver, caching, cache.get()));
        }
        AgentBuilder builder = new AgentBuilder();
        offline.ifPresent(builder::offline);
        return builder
                .identity(identity)
                .transport(transport)
                .streamResolver(resolver)
                .audioFetcher(fetcher)
                .decoder(new VorbisDecoder())
                .sink(sink)
                .time(time)
                .initialVolume(s.initialVolume())
                .chunkFrames(s.chunkFrames())
                .gaplessLeadMs(s.gaplessLeadMs())
                .hardwareVolume(hardwareVolume(s, adapters))
                .loudnessNormalisation(s.normalise())
                .build();
    }

    /** The sound card's mixer when asked for and its sink adapter has one; else software volume (logged). */
    static Optional<HardwareVolume> hardwareVolume(AgentSettings s, Adapters adapters) {
        if (!s.hardwareMixer()) {
            return Optional.empty();
        }
        Optional<HardwareVolume> v = adapters.sink(s.sink().kind())
                .flatMap(f -> f.hardwareVolume(s.audioDevice().isEmpty() ? Optional.empty() : Optional.of(s.audioDevice())));
        if (v.isEmpty()) {
            LOG.warn("no hardware volume control found for the {} sink{}; using software volume", s.sink().kind(),
                    s.audioDevice().isEmpty() ? "" : " on \"" + s.audioDevice() + "\"");
        }
        return v;
    }

    /** The profile's offline cache, or none if its size is 0 or its directory cannot be used (logged). */
    static Optional<DiskCache> cache(AgentSettings s, TimeSource time) {
        if (s.cacheMb() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DiskCache(s.cacheDir(), (long) s.cacheMb() << 20, time));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("no offline cache in {}: {}", s.cacheDir(), e.getMessage());
            return Optional.empty();
        }
    }

    static HubTransport transportFor(AgentSettings s, TimeSource time, Adapters adapters) {
        for (int i = 0; i < s.hubs().size(); i++) {
            HubEndpoint e = s.hubs().get(i);
            Optional<HubTransportFactory> f = adapters.transport(e.transport());
            if (f.isPresent()) {
                return f.get().create(e.url(), time);
            }
            if (i + 1 < s.hubs().size()) {
                LOG.info("no {} transport on the class path; trying {}", e.transport(), s.hubs().get(i + 1).transport());
            }
        }
        throw new MissingAdapterException("profile " + s.profile() + " reaches the hub over "
                + s.hubs().stream().map(e -> e.transport() + " (agent-transport-" + e.transport() + ")")
                        .collect(Collectors.joining(" or "))
                + ", and this agent has no such transport; it has: " + adapters.describe());
    }

    /** The sink the settings ask for. @throws MissingAdapterException if its adapter is absent */
    public static AudioSink sinkFor(AgentSettings s, TimeSource time) {
        return sinkFor(s, time, ADAPTERS);
    }

    static AudioSink sinkFor(AgentSettings s, TimeSource time, Adapters adapters) {
        switch (s.sink().kind()) {
            case "pipe":
                return new PipeSink(new FileOutputStream(FileDescriptor.out));
            case "null":
                return new NullSink(time);
            case "wav":
                // A recording device: it keeps a sound card's pace, so pause and progress mean what they say.
                return new PacedSink(new WavFileSink(s.sink().file().orElseThrow()), time);
            default:
                SinkFactory f = adapters.sink(s.sink().kind()).orElseThrow(() -> new MissingAdapterException("sink "
                        + s.sink().kind() + " needs its adapter (for alsa: agent-sink-javasound), which this agent lacks;"
                        + " it has: " + adapters.describe() + " (and the built-in null, pipe and wav sinks)"));
                return f.create(s.audioDevice().isEmpty() ? Optional.empty() : Optional.of(s.audioDevice()), s.bufferMs(), time);
        }
    }

    /**
     * The hardware controls of a profile with a GPIO map, driving {@code agent}; empty without one.
     * Controls that cannot start (no GPIO on this machine) are logged and left out: the device
     * still plays.
     *
     * @throws MissingAdapterException if the profile maps GPIO pins and no controls adapter is present
     */
    public static Optional<Controls> controlsFor(AgentSettings s, Agent agent, TimeSource time) {
        return controlsFor(s, agent, time, ADAPTERS);
    }

    static Optional<Controls> controlsFor(AgentSettings s, Agent agent, TimeSource time, Adapters adapters) {
        if (s.gpio().isEmpty()) {
            return Optional.empty();
        }
        ControlsFactory f = adapters.controls("gpio").orElseThrow(() -> new MissingAdapterException("profile "
                + s.profile() + " maps GPIO pins and needs the hardware controls adapter (agent-controls-pi4j),"
                + " which this agent lacks; it has: " + adapters.describe()));
        try {
            Controls c = f.create(s.gpio(), agent.localControls(), time);
            agent.addStatusListener(c);
            return Optional.of(c);
        } catch (ControlsException e) {
            LOG.warn("hardware controls are off: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
