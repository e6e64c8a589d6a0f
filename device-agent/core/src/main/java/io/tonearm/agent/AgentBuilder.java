package io.tonearm.agent;

import io.tonearm.agent.cache.OfflinePlaylist;
import io.tonearm.agent.decode.AudioDecoder;
import io.tonearm.agent.playback.Player;
import io.tonearm.agent.playback.PlayerParts;
import io.tonearm.agent.session.AgentSession;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.SessionContext;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.HardwareVolume;
import io.tonearm.agent.stream.AudioFetcher;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubTransport;
import java.util.Objects;
import java.util.Optional;

/**
 * Wires an agent by hand from its ports, the way a profile's distribution needs it: every adapter
 * is passed in, so the core never names a library.
 */
public final class AgentBuilder {
    private DeviceIdentity identity;
    private HubTransport transport;
    private StreamResolver resolver;
    private AudioFetcher fetcher;
    private AudioDecoder decoder;
    private AudioSink sink;
    private TimeSource time = TimeSource.SYSTEM;
    private int initialVolume = 50;
    private int chunkFrames = 1024;
    private int gaplessLeadMs = PlayerParts.DEFAULT_GAPLESS_LEAD_MS;
    private long reportEveryMs = 5000;
    private boolean normalise = true;
    private Optional<OfflinePlaylist> offline = Optional.empty();
    private Optional<HardwareVolume> hardwareVolume = Optional.empty();

    public AgentBuilder identity(DeviceIdentity value) {
        this.identity = value;
        return this;
    }

    public AgentBuilder transport(HubTransport value) {
        this.transport = value;
        return this;
    }

    public AgentBuilder streamResolver(StreamResolver value) {
        this.resolver = value;
        return this;
    }

    public AgentBuilder audioFetcher(AudioFetcher value) {
        this.fetcher = value;
        return this;
    }

    public AgentBuilder decoder(AudioDecoder value) {
        this.decoder = value;
        return this;
    }

    public AgentBuilder sink(AudioSink value) {
        this.sink = value;
        return this;
    }

    public AgentBuilder time(TimeSource value) {
        this.time = value;
        return this;
    }

    /** The volume the device starts at and reports until told otherwise (0-100). */
    public AgentBuilder initialVolume(int percent) {
        this.initialVolume = percent;
        return this;
    }

    /** Frames moved through decode and sink at a time; smaller starts sooner, larger costs less. */
    public AgentBuilder chunkFrames(int frames) {
        this.chunkFrames = frames;
        return this;
    }

    /** How long before a track ends the next one is fetched and decoded (profile: streaming.gapless-lead-ms). */
    public AgentBuilder gaplessLeadMs(int millis) {
        this.gaplessLeadMs = millis;
        return this;
    }

    /** The device's mixer, to set volume on instead of scaling samples; empty for software volume. */
    public AgentBuilder hardwareVolume(Optional<HardwareVolume> value) {
        this.hardwareVolume = Objects.requireNonNull(value);
        return this;
    }

    /** How often a playing device republishes its state. */
    public AgentBuilder reportEveryMs(long millis) {
        this.reportEveryMs = millis;
        return this;
    }

    /** Whether tracks play at one loudness (their gain from the control plane, with a limiter); on by default. */
    public AgentBuilder loudnessNormalisation(boolean on) {
        this.normalise = on;
        return this;
    }

    /** The offline cache's keeper, for {@link Agent#keepOffline}; none by default. */
    public AgentBuilder offline(OfflinePlaylist keeper) {
        this.offline = Optional.of(keeper);
        return this;
    }

    public Agent build() {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(resolver, "streamResolver");
        Objects.requireNonNull(fetcher, "audioFetcher");
        if (reportEveryMs < 100) {
            throw new IllegalArgumentException("reportEveryMs must be at least 100");
        }
        AgentSession session = new AgentSession(new SessionContext(transport, time, identity.maxQuality(), initialVolume));
        Player player = new Player(resolver, fetcher, new PlayerParts(decoder, sink, chunkFrames, gaplessLeadMs, time), session,
                initialVolume, hardwareVolume);
        player.setLoudnessNormalisation(normalise);
        session.attach(player);
        Agent agent = new Agent(identity, transport, session, player, reportEveryMs, offline);
        if (offline.isPresent()) {
            // The hub's keep-offline command takes the same path as --keep-offline.
            session.attachOffline(tracks -> agent.keepOffline(tracks)
                    .thenApply(outcome -> (int) outcome.values().stream().filter(Optional::isPresent).count()));
        }
        return agent;
    }
}
