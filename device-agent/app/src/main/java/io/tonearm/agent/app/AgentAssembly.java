package io.tonearm.agent.app;

import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.cache.CachingFetcher;
import io.tonearm.agent.cache.CachingResolver;
import io.tonearm.agent.cache.DiskCache;
import io.tonearm.agent.control.http.HttpControlSettings;
import io.tonearm.agent.control.http.HttpStreamResolver;
import io.tonearm.agent.decode.jorbis.VorbisDecoder;
import io.tonearm.agent.hook.EventHook;
import io.tonearm.agent.hook.HookedTransport;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.HardwareVolume;
import io.tonearm.agent.sink.NullSink;
import io.tonearm.agent.sink.PacedSink;
import io.tonearm.agent.sink.PipeSink;
import io.tonearm.agent.sink.WavFileSink;
import io.tonearm.agent.sink.javasound.JavaSoundMixer;
import io.tonearm.agent.sink.javasound.JavaSoundSink;
import io.tonearm.agent.stream.AudioFetcher;
import io.tonearm.agent.stream.JdkRangeClient;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamingFetcher;
import io.tonearm.agent.stream.StreamingSettings;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubTransport;
import io.tonearm.agent.transport.coap.CoapHubTransport;
import io.tonearm.agent.transport.coap.CoapTransportSettings;
import io.tonearm.agent.transport.mqtt.MqttHubTransport;
import io.tonearm.agent.transport.mqtt.MqttTransportSettings;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires an agent from its adapters for one set of settings: the one place that names the
 * libraries. The command line and the simulators both assemble agents here.
 */
public final class AgentAssembly {
    public static final String AGENT_VERSION = "0.1.0";
    private static final Logger LOG = LoggerFactory.getLogger(AgentAssembly.class);

    private AgentAssembly() {
    }

    public static Agent assemble(AgentSettings s, AudioSink sink, TimeSource time) {
        DeviceIdentity identity = new DeviceIdentity(s.deviceId(), s.name(), s.type(), s.profile(), true, s.maxQuality(),
                AGENT_VERSION);
        HubTransport transport = transport(s, time);
        if (s.onEvent().isPresent()) {
            transport = new HookedTransport(transport, new EventHook(s.onEvent().get(), EventHook.DEFAULT_TIMEOUT));
        }
        StreamResolver resolver = new HttpStreamResolver(HttpControlSettings.defaults(s.controlUrl()), s.deviceId());
        AudioFetcher fetcher = new StreamingFetcher(new JdkRangeClient(Duration.ofSeconds(5), Duration.ofSeconds(10)),
                StreamingSettings.forReadAhead(s.readAheadKb()), time, new SplittableRandom());
        Optional<DiskCache> cache = cache(s, time);
        if (cache.isPresent()) {
            resolver = new CachingResolver(resolver, cache.get());
            fetcher = new CachingFetcher(fetcher, cache.get());
        }
        return new AgentBuilder()
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
                .hardwareVolume(hardwareVolume(s))
                .build();
    }

    /** The transport the hub URL's scheme names: {@code coap://} CoAP, else MQTT. */
    static HubTransport transport(AgentSettings s, TimeSource time) {
        return s.coap() ? new CoapHubTransport(CoapTransportSettings.defaults(s.hubUrl()), time)
                : new MqttHubTransport(MqttTransportSettings.defaults(s.hubUrl()), time);
    }

    /** The sound card's mixer when asked for and present (ALSA sink only); else software volume. */
    static Optional<HardwareVolume> hardwareVolume(AgentSettings s) {
        if (!s.hardwareMixer() || !s.sink().kind().equals("alsa")) {
            return Optional.empty();
        }
        Optional<HardwareVolume> v = JavaSoundMixer.find(s.audioDevice().isEmpty() ? Optional.empty() : Optional.of(s.audioDevice()));
        if (v.isEmpty()) {
            LOG.warn("no hardware volume control found{}; using software volume",
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

    /** The sink the settings ask for. */
    public static AudioSink sinkFor(AgentSettings s, TimeSource time) {
        switch (s.sink().kind()) {
            case "alsa":
                return new JavaSoundSink(s.audioDevice().isEmpty() ? Optional.empty() : Optional.of(s.audioDevice()), s.bufferMs());
            case "pipe":
                return new PipeSink(new FileOutputStream(FileDescriptor.out));
            case "null":
                return new NullSink(time);
            case "wav":
                // A recording device: it keeps a sound card's pace, so pause and progress mean what they say.
                return new PacedSink(new WavFileSink(s.sink().file().orElseThrow()), time);
            default:
                throw new AssertionError("unhandled sink " + s.sink().kind());
        }
    }
}
