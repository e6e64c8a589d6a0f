package io.tonearm.agent.app;

import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.stream.Quality;
import io.tonearm.profiles.Profile;
import java.util.Locale;

/**
 * An agent's effective settings: the profile's, with the command line's overrides applied.
 * {@code readAheadKb} is the profile's {@code streaming.read-ahead-kb}, {@code cacheMb} its
 * {@code cache.size-mb} (0: no offline cache).
 */
public record AgentSettings(String profile, DeviceType type, String name, String deviceId, String hubUrl, String controlUrl,
                            Quality maxQuality, int initialVolume, int chunkFrames, AgentOptions.SinkSpec sink,
                            String audioDevice, int bufferMs, int readAheadKb, int cacheMb) {

    /** Settings with the base profile's read-ahead (512 KiB) and no offline cache. */
    public AgentSettings(String profile, DeviceType type, String name, String deviceId, String hubUrl, String controlUrl,
                         Quality maxQuality, int initialVolume, int chunkFrames, AgentOptions.SinkSpec sink,
                         String audioDevice, int bufferMs) {
        this(profile, type, name, deviceId, hubUrl, controlUrl, maxQuality, initialVolume, chunkFrames, sink, audioDevice,
                bufferMs, 512, 0);
    }

    /**
     * The profile's settings with the options applied.
     *
     * @throws IllegalArgumentException if the profile needs a transport this build lacks (CoAP)
     */
    public static AgentSettings of(Profile p, AgentOptions o) {
        String mqttUrl = p.hub().mqttUrl().orElseThrow(() -> new IllegalArgumentException("profile " + p.name()
                + " reaches the hub over CoAP only, and the CoAP transport is not available in this build yet"
                + " (the agent speaks MQTT)"));
        String name = o.name().orElse(defaultName(p));
        AgentOptions.SinkSpec sink = o.sink().orElse(new AgentOptions.SinkSpec(p.audio().sink(), java.util.Optional.empty()));
        return new AgentSettings(p.name(), DeviceType.valueOf(p.deviceType().toUpperCase(Locale.ROOT)), name,
                o.resolvedId(name), o.hubUrl().orElse(mqttUrl), o.controlUrl().orElse(p.control().url()),
                Quality.fromKbps(p.streaming().maxQuality()), o.volume().orElse(p.audio().initialVolume()),
                p.streaming().chunkFrames(), sink, p.audio().device(), p.audio().bufferMs(), p.streaming().readAheadKb(),
                p.cache().sizeMb());
    }

    /** Where the offline cache lives: {@code .tonearm/agent-cache/DEVICE_ID} under the working directory. */
    public java.nio.file.Path cacheDir() {
        return java.nio.file.Path.of(".tonearm", "agent-cache", deviceId);
    }

    private static String defaultName(Profile p) {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        String kind = p.deviceType().substring(0, 1).toUpperCase(Locale.ROOT) + p.deviceType().substring(1);
        return host.isBlank() ? kind : kind + " on " + host;
    }
}
