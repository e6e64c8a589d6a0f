package io.tonearm.sim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one JSON report of a demo, scenario or fleet run. {@link #standard()} starts with every
 * common key present: {@code ttfa_ms} (play request to the first sample at the device's sink),
 * {@code handoff_gap_ms}, {@code handoff_position_error_ms}, {@code command_latency_ms} (request to
 * the device's state showing it) and {@code reconnect_ms}, each {@code {"n","p50","p99"}} (p50 and
 * p99 null when n is 0); {@code underruns} and {@code devices} as counts. Runs add their own keys.
 * Written atomically.
 */
public final class Report {
    /** The latency keys every report carries. */
    public static final List<String> LATENCIES = List.of("ttfa_ms", "handoff_gap_ms", "handoff_position_error_ms",
            "command_latency_ms", "reconnect_ms");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectNode root = JSON.createObjectNode();

    /** A report with every common key, empty until set. */
    public static Report standard() {
        Report r = new Report();
        LATENCIES.forEach(k -> r.latency(k, new Latencies()));
        return r.count("underruns", 0).count("devices", 0);
    }

    public Report latency(String name, Latencies latencies) {
        Latencies.Summary s = latencies.summary();
        ObjectNode n = root.putObject(name);
        n.put("n", s.n());
        if (s.n() == 0) {
            n.putNull("p50");
            n.putNull("p99");
        } else {
            n.put("p50", Math.round(s.p50() * 10) / 10.0);
            n.put("p99", Math.round(s.p99() * 10) / 10.0);
        }
        return this;
    }

    public Report count(String name, long value) {
        root.put(name, value);
        return this;
    }

    public Report number(String name, double value) {
        root.put(name, Math.round(value * 10) / 10.0);
        return this;
    }

    public Report text(String name, String value) {
        root.put(name, value);
        return this;
    }

    public Report flag(String name, boolean value) {
        root.put(name, value);
        return this;
    }

    public Report texts(String name, List<String> values) {
        ArrayNode a = root.putArray(name);
        values.forEach(a::add);
        return this;
    }

    /** Puts {@code other} under {@code name}, e.g. a fleet step's report inside its scenario's. */
    public Report nest(String name, Report other) {
        root.set(name, other.root.deepCopy());
        return this;
    }

    /** A number key's value, or 0 when absent. */
    public long countOf(String name) {
        return root.path(name).asLong(0);
    }

    /** Whether a boolean key is present and true (e.g. a scenario's {@code passed}). */
    public boolean isTrue(String name) {
        return root.path(name).asBoolean(false);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("a report of plain values always serialises", e);
        }
    }

    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, toJson() + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
