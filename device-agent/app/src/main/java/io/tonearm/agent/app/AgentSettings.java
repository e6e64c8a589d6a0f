package io.tonearm.agent.app;

import io.tonearm.agent.controls.PinMap;
import io.tonearm.agent.playback.PlayerParts;
import io.tonearm.agent.session.DeviceCapabilities;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.stream.Quality;
import io.tonearm.profiles.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An agent's effective settings: the profile's, with the command line's overrides applied.
 * {@code hubs} are the ways to reach the hub in order of preference; {@code capabilities} go into
 * the hello; {@code gpio} is empty on devices without hardware controls; {@code readAheadKb} is the
 * profile's {@code streaming.read-ahead-kb}, {@code cacheMb} its {@code cache.size-mb} (0: no
 * offline cache); {@code normalise} applies each track's loudness gain ({@code --normalisation}).
 */
public record AgentSettings(String profile, DeviceType type, String name, String deviceId, List<HubEndpoint> hubs,
                            String controlUrl, int initialVolume, int chunkFrames, AgentOptions.SinkSpec sink,
                            String audioDevice, int bufferMs, DeviceCapabilities capabilities, PinMap gpio,
                            int gaplessLeadMs, Optional<Path> onEvent, boolean hardwareMixer, int readAheadKb,
                            int cacheMb, boolean normalise) {
    private static final PinMap NO_GPIO = new PinMap(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public AgentSettings {
        hubs = List.copyOf(hubs);
        if (hubs.isEmpty()) {
            throw new IllegalArgumentException("an agent needs at least one way to reach the hub");
        }
    }

    /** Settings with the default gapless lead, no event hook, software volume, 512 KiB read-ahead and no cache. */
    public AgentSettings(String profile, DeviceType type, String name, String deviceId, List<HubEndpoint> hubs,
                         String controlUrl, int initialVolume, int chunkFrames, AgentOptions.SinkSpec sink,
                         String audioDevice, int bufferMs, DeviceCapabilities capabilities, PinMap gpio) {
        this(profile, type, name, deviceId, hubs, controlUrl, initialVolume, chunkFrames, sink, audioDevice, bufferMs,
                capabilities, gpio, PlayerParts.DEFAULT_GAPLESS_LEAD_MS, Optional.empty(), false, 512, 0, true);
    }

    /**
     * Settings for a device with basic capabilities, no GPIO, the default gapless lead, the base
     * profile's read-ahead (512 KiB) and no offline cache (the simulators' devices); the hub URL's
     * scheme picks the transport.
     */
    public AgentSettings(String profile, DeviceType type, String name, String deviceId, String hubUrl, String controlUrl,
                         Quality maxQuality, int initialVolume, int chunkFrames, AgentOptions.SinkSpec sink,
                         String audioDevice, int bufferMs) {
        this(profile, type, name, deviceId, List.of(HubEndpoint.fromUrl(hubUrl)), controlUrl, initialVolume,
                chunkFrames, sink, audioDevice, bufferMs, DeviceCapabilities.basic(true, maxQuality), NO_GPIO,
                PlayerParts.DEFAULT_GAPLESS_LEAD_MS, Optional.empty(), false, 512, 0, true);
    }

    /** The preferred hub URL, for messages. */
    public String hubUrl() {
        return hubs.get(0).url();
    }

    public Quality maxQuality() {
        return capabilities.maxQuality();
    }

    /** The profile's settings with the options applied; {@code --hub} replaces the profile's transports. */
    public static AgentSettings of(Profile p, AgentOptions o) {
        List<HubEndpoint> hubs = o.hubUrl().map(u -> List.of(HubEndpoint.fromUrl(u))).orElseGet(() -> p.hub().transports()
                .stream().map(t -> new HubEndpoint(t.yaml(), t == Profile.Transport.MQTT ? p.hub().mqttUrl().orElseThrow()
                        : p.hub().coapUrl().orElseThrow())).toList());
        for (HubEndpoint h : hubs) {
            if (h.url().startsWith("coaps://")) {
                throw new IllegalArgumentException("the hub " + h.url() + " needs CoAP over DTLS (coaps), which this build"
                        + " does not have; use coap://");
            }
        }
        String name = o.name().orElse(defaultName(p));
        AgentOptions.SinkSpec sink = o.sink().orElse(new AgentOptions.SinkSpec(p.audio().sink(), Optional.empty()));
        Profile.Capabilities c = p.capabilities();
        DeviceCapabilities caps = new DeviceCapabilities(c.volumeControl(), c.hardwareVolume(), c.display(), c.groups(),
                Quality.fromKbps(p.streaming().maxQuality()), true, true);
        return new AgentSettings(p.name(), DeviceType.valueOf(p.deviceType().toUpperCase(Locale.ROOT)), name,
                o.resolvedId(name), hubs, o.controlUrl().orElse(p.control().url()),
                o.volume().orElse(p.audio().initialVolume()), p.streaming().chunkFrames(), sink, p.audio().device(),
                p.audio().bufferMs(), caps, pins(p.gpio()), p.streaming().gaplessLeadMs(), o.onEvent(),
                o.hardwareMixer().orElse(false) && c.volumeControl(), p.streaming().readAheadKb(), p.cache().sizeMb(),
                o.normalise());
    }

    /** These settings with loudness normalisation on or off (off: samples reach the sink as decoded, at full volume). */
    public AgentSettings withNormalisation(boolean on) {
        return new AgentSettings(profile, type, name, deviceId, hubs, controlUrl, initialVolume, chunkFrames, sink,
                audioDevice, bufferMs, capabilities, gpio, gaplessLeadMs, onEvent, hardwareMixer, readAheadKb, cacheMb, on);
    }

    /** These settings with an offline cache of {@code mb} MiB (0: none), e.g. for a simulated device. */
    public AgentSettings withCacheMb(int mb) {
        if (mb < 0) {
            throw new IllegalArgumentException("cache size must not be negative: " + mb);
        }
        return new AgentSettings(profile, type, name, deviceId, hubs, controlUrl, initialVolume, chunkFrames, sink,
                audioDevice, bufferMs, capabilities, gpio, gaplessLeadMs, onEvent, hardwareMixer, readAheadKb, mb,
                normalise);
    }

    /** Where the offline cache lives: {@code .tonearm/agent-cache/DEVICE_ID} under the working directory. */
    public Path cacheDir() {
        return Path.of(".tonearm", "agent-cache", deviceId);
    }

    static PinMap pins(Profile.Gpio g) {
        return new PinMap(g.buttons().playPause(), g.buttons().next(), g.buttons().previous(), g.rotaryEncoder().a(),
                g.rotaryEncoder().b(), g.rotaryEncoder().button(), g.leds().status());
    }

    private static String defaultName(Profile p) {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        String kind = p.deviceType().substring(0, 1).toUpperCase(Locale.ROOT) + p.deviceType().substring(1);
        return host.isBlank() ? kind : kind + " on " + host;
    }
}
