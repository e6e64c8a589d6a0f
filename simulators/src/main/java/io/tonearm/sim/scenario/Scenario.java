package io.tonearm.sim.scenario;

import io.tonearm.agent.session.DeviceType;
import io.tonearm.sim.faults.LinkProfile;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A scenario file, parsed: the devices to start, the steps to run in order, and what must hold at
 * the end. Names in steps refer to devices declared here (checked on construction). A
 * {@code knownIssue} marks a scenario that states a target the stack does not meet yet: it still
 * runs, and CI expects it to fail until the issue is fixed (then the marker must go).
 */
public record Scenario(String name, List<DeviceSpec> devices, List<Step> steps, Expectations expect, Optional<String> knownIssue) {
    public Scenario {
        if (knownIssue == null) {
            throw new IllegalArgumentException("knownIssue is required (may be empty)");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        devices = List.copyOf(devices);
        steps = List.copyOf(steps);
        if (devices.isEmpty()) {
            throw new IllegalArgumentException("devices: at least one device is required");
        }
        Set<String> names = new HashSet<>();
        for (DeviceSpec d : devices) {
            if (!names.add(d.name())) {
                throw new IllegalArgumentException("devices: \"" + d.name() + "\" is declared twice");
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            for (String used : steps.get(i).devicesNamed()) {
                if (!names.contains(used)) {
                    throw new IllegalArgumentException("steps[" + i + "]: no device named \"" + used + "\"");
                }
            }
        }
    }

    /** How a device connects: its transport, and an optional faulty link in front of the hub and control plane. */
    public enum Transport {
        MQTT, COAP
    }

    /**
     * A scenario device. {@code sinkBufferMs} is how far its (null, real-time paced) sink runs ahead of
     * what has sounded, and {@code sinkStartMs} its start threshold (how long after its first frames
     * are written they sound, when it starts or restarts after running dry): 50 and 0 unless the
     * scenario says why a device needs more (its file must; see fleet-1000.yaml).
     */
    public record DeviceSpec(String name, DeviceType type, Transport transport, Optional<LinkProfile> link, int sinkBufferMs,
                             int sinkStartMs) {
        /** The agent's paced sink's own lead: deliberately tight, so scenarios see scheduling hiccups. */
        public static final int DEFAULT_SINK_BUFFER_MS = 50;
        public static final int MIN_SINK_BUFFER_MS = 20;
        public static final int MAX_SINK_BUFFER_MS = 1000;
        public static final int MAX_SINK_START_MS = 200;

        public DeviceSpec(String name, DeviceType type, Transport transport, Optional<LinkProfile> link) {
            this(name, type, transport, link, DEFAULT_SINK_BUFFER_MS, 0);
        }

        public DeviceSpec {
            if (sinkBufferMs < MIN_SINK_BUFFER_MS || sinkBufferMs > MAX_SINK_BUFFER_MS) {
                throw new IllegalArgumentException("sink_buffer_ms must be " + MIN_SINK_BUFFER_MS + "-" + MAX_SINK_BUFFER_MS
                        + ": " + sinkBufferMs);
            }
            if (sinkStartMs < 0 || sinkStartMs > Math.min(MAX_SINK_START_MS, sinkBufferMs)) {
                throw new IllegalArgumentException("sink_start_ms must be 0-" + MAX_SINK_START_MS + " and at most sink_buffer_ms: "
                        + sinkStartMs);
            }
            if (name == null || !name.matches("[A-Za-z][A-Za-z0-9 ]{0,39}")) {
                throw new IllegalArgumentException("a device name is 1-40 letters, digits and spaces, starting with a letter");
            }
            if (type == null || transport == null || link == null) {
                throw new IllegalArgumentException("type, transport and link are required (link may be empty)");
            }
        }
    }

    /**
     * End conditions: at most {@code maxUnderruns} underruns over all devices, every handoff's audible
     * gap below {@code maxHandoffGapMs}, the hub back within {@code maxReconnectMs} of a restart.
     */
    public record Expectations(int maxUnderruns, Optional<Long> maxHandoffGapMs, Optional<Long> maxReconnectMs) {
        public static final Expectations NONE = new Expectations(Integer.MAX_VALUE, Optional.empty(), Optional.empty());

        public Expectations {
            if (maxUnderruns < 0) {
                throw new IllegalArgumentException("expect.underruns must not be negative");
            }
        }
    }
}
