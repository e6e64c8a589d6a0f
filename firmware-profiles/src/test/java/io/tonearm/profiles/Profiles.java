package io.tonearm.profiles;

import java.util.ArrayList;
import java.util.List;

/** A complete standalone profile for tests, one top-level key per line, and ways to vary it. */
final class Profiles {
    static final String GOOD = String.join("\n",
            "name: test-speaker",
            "device: {type: speaker}",
            "audio: {sink: pipe, device: \"\", buffer-ms: 200, initial-volume: 40}",
            "streaming: {max-quality: 160, chunk-frames: 1024, read-ahead-kb: 512, gapless-lead-ms: 2000}",
            "hub: {transports: [mqtt], mqtt-url: \"tcp://127.0.0.1:1883\"}",
            "control: {url: \"http://127.0.0.1:8080\"}",
            "cache: {size-mb: 64}",
            "jvm: {memory-budget-mb: 64, flags: [-XX:+UseSerialGC, -Xmx32m]}",
            "capabilities: {volume-control: true, hardware-volume: false, display: false, groups: true}", "");

    private Profiles() {
    }

    /** {@link #GOOD} with the line of top-level {@code key} replaced by {@code line} (added if absent). */
    static String with(String key, String line) {
        return with(GOOD, key, line);
    }

    static String with(String yaml, String key, String line) {
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        for (String l : yaml.split("\n")) {
            if (l.startsWith(key + ":")) {
                if (!line.isEmpty()) {
                    out.add(line);
                }
                replaced = true;
            } else {
                out.add(l);
            }
        }
        if (!replaced) {
            out.add(line);
        }
        return String.join("\n", out) + "\n";
    }

    static String without(String key) {
        return with(key, "");
    }
}
