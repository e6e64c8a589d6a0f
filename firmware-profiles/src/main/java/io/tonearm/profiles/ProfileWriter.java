package io.tonearm.profiles;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a profile as YAML, keys in schema order, absent optional keys left out. The text loads
 * back into an equal profile; it is what {@code profile show} prints.
 */
public final class ProfileWriter {
    private final StringBuilder out = new StringBuilder();

    private ProfileWriter() {
    }

    public static String yaml(Profile p) {
        ProfileWriter w = new ProfileWriter();
        w.line(0, "name", quote(p.name()));
        w.line(0, "device", null);
        w.line(1, "type", p.deviceType());
        w.line(0, "audio", null);
        w.line(1, "sink", quote(p.audio().sink()));
        w.line(1, "device", quote(p.audio().device()));
        w.line(1, "buffer-ms", p.audio().bufferMs());
        w.line(1, "initial-volume", p.audio().initialVolume());
        w.optional(1, "sample-rate", p.audio().sampleRate());
        w.line(0, "streaming", null);
        w.line(1, "max-quality", p.streaming().maxQuality());
        w.line(1, "chunk-frames", p.streaming().chunkFrames());
        w.line(1, "read-ahead-kb", p.streaming().readAheadKb());
        w.line(1, "gapless-lead-ms", p.streaming().gaplessLeadMs());
        w.line(0, "hub", null);
        w.line(1, "transports", p.hub().transports().stream().map(Profile.Transport::yaml).collect(Collectors.joining(", ", "[", "]")));
        w.optional(1, "mqtt-url", p.hub().mqttUrl().map(ProfileWriter::quote));
        w.optional(1, "coap-url", p.hub().coapUrl().map(ProfileWriter::quote));
        w.line(0, "control", null);
        w.line(1, "url", quote(p.control().url()));
        w.line(0, "cache", null);
        w.line(1, "size-mb", p.cache().sizeMb());
        w.line(0, "jvm", null);
        w.line(1, "memory-budget-mb", p.jvm().memoryBudgetMb());
        w.list(1, "flags", p.jvm().flags());
        w.gpio(p.gpio());
        w.line(0, "capabilities", null);
        w.line(1, "volume-control", p.capabilities().volumeControl());
        w.line(1, "hardware-volume", p.capabilities().hardwareVolume());
        w.line(1, "display", p.capabilities().display());
        w.line(1, "groups", p.capabilities().groups());
        return w.out.toString();
    }

    private void gpio(Profile.Gpio g) {
        if (g.isEmpty()) {
            return;
        }
        line(0, "gpio", null);
        Profile.Buttons b = g.buttons();
        if (b.playPause().isPresent() || b.next().isPresent() || b.previous().isPresent()) {
            line(1, "buttons", null);
            optional(2, "play-pause", b.playPause());
            optional(2, "next", b.next());
            optional(2, "previous", b.previous());
        }
        Profile.RotaryEncoder r = g.rotaryEncoder();
        if (r.a().isPresent() || r.button().isPresent()) {
            line(1, "rotary-encoder", null);
            optional(2, "a", r.a());
            optional(2, "b", r.b());
            optional(2, "button", r.button());
        }
        if (g.leds().status().isPresent()) {
            line(1, "leds", null);
            optional(2, "status", g.leds().status());
        }
    }

    private void line(int depth, String key, Object value) {
        out.append("  ".repeat(depth)).append(key).append(':');
        if (value != null) {
            out.append(' ').append(value);
        }
        out.append('\n');
    }

    private void optional(int depth, String key, Optional<?> value) {
        value.ifPresent(v -> line(depth, key, v));
    }

    private void list(int depth, String key, List<String> items) {
        if (items.isEmpty()) {
            line(depth, key, "[]");
            return;
        }
        line(depth, key, null);
        items.forEach(item -> out.append("  ".repeat(depth + 1)).append("- ").append(quote(item)).append('\n'));
    }

    /** A double-quoted YAML scalar; the loader's patterns admit no character that would need more escaping. */
    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
