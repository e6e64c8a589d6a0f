package io.tonearm.agent.app;

import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.stream.Quality;
import io.tonearm.profiles.Profile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An agent's effective settings: the profile's, with the command line's overrides applied.
 * {@code readAheadKb} is the profile's {@code streaming.read-ahead-kb}, {@code cacheMb} its
 * {@code cache.size-mb} (0: no offline cache).
 */
public record AgentSettings(String profile, DeviceType type, String name, String deviceId, String hubUrl, String controlUrl,
                            Quality maxQuality, int initialVolume, int chunkFrames, AgentOptions.SinkSpec sink,
                            String audioDevice, int bufferMs, int gaplessLeadMs, Optional<Path> onEvent,
                            boolean hardwareMixer, int readAheadKb, int cacheMb) {

    /** Settings with the default gapless lead, the base profile's read-ahead (512 KiB) and no offline cache. */
    public AgentSettings(String profile, DeviceType type, String name, String deviceId, String hubUrl, String controlUrl,
                         Quality maxQuality, int initialVolume, int chunkFrames, AgentOptions.SinkSpec sink,
                         String audioDevice, int bufferMs) {
        this(profile, type, name, deviceId, hubUrl, controlUrl, maxQuality, initialVolume, chunkFrames, sink, audioDevice,
                bufferMs, io.tonearm.agent.playback.PlayerParts.DEFAULT_GAPLESS_LEAD_MS, Optional.empty(), false, 512, 0);
    }

    /**
     * The profile's settings with the options applied.
     *
     * The hub is {@code --hub} if given, else the URL of the profile's first listed transport; its
     * scheme picks the transport ({@code tcp://}/{@code ssl://} MQTT, {@code coap://} CoAP).
     *
     * @throws IllegalArgumentException if the hub URL names a transport this build lacks
     */
    public static AgentSettings of(Profile p, AgentOptions o) {
        String hubUrl = o.hubUrl().orElseGet(() -> preferredHub(p));
        if (hubUrl.startsWith("coaps://")) {
            throw new IllegalArgumentException("the hub " + hubUrl + " needs CoAP over DTLS (coaps), which this build"
                    + " does not have; use coap://");
        }
        if (!hubUrl.startsWith("tcp://") && !hubUrl.startsWith("ssl://") && !hubUrl.startsWith("coap://")) {
            throw new IllegalArgumentException("the hub URL must start with tcp://, ssl:// or coap://: " + hubUrl);
        }
        String name = o.name().orElse(defaultName(p));
        AgentOptions.SinkSpec sink = o.sink().orElse(new AgentOptions.SinkSpec(p.audio().sink(), Optional.empty()));
        return new AgentSettings(p.name(), DeviceType.valueOf(p.deviceType().toUpperCase(Locale.ROOT)), name,
                o.resolvedId(name), hubUrl, o.controlUrl().orElse(p.control().url()),
                Quality.fromKbps(p.streaming().maxQuality()), o.volume().orElse(p.audio().initialVolume()),
                p.streaming().chunkFrames(), sink, p.audio().device(), p.audio().bufferMs(),
                p.streaming().gaplessLeadMs(), o.onEvent(),
                o.hardwareMixer().orElse(false) && p.capabilities().volumeControl(), p.streaming().readAheadKb(),
                p.cache().sizeMb());
    }

    /** Whether the hub URL means CoAP rather than MQTT. */
    public boolean coap() {
        return hubUrl.startsWith("coap://");
    }

    /** Where the offline cache lives: {@code .tonearm/agent-cache/DEVICE_ID} under the working directory. */
    public Path cacheDir() {
        return Path.of(".tonearm", "agent-cache", deviceId);
    }

    private static String preferredHub(Profile p) {
        Profile.Transport first = p.hub().transports().get(0);
        return (first == Profile.Transport.COAP ? p.hub().coapUrl() : p.hub().mqttUrl()).orElseThrow();
    }

    private static String defaultName(Profile p) {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        String kind = p.deviceType().substring(0, 1).toUpperCase(Locale.ROOT) + p.deviceType().substring(1);
        return host.isBlank() ? kind : kind + " on " + host;
    }
}
