package io.tonearm.sim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON report of a demo or simulation run: {@code ttfa_ms} (play request to the first sample
 * at the device's sink) as {@code {"n","p50","p99"}}, plus counts. Written atomically.
 */
public final class Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectNode root = JSON.createObjectNode();

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

    public String toJson() {
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("a report of plain numbers always serialises", e);
        }
    }

    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, toJson() + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
