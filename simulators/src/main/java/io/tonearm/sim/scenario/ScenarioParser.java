package io.tonearm.sim.scenario;

import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.sim.faults.LinkProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a scenario file (format: simulators/README.md, "Scenarios"). Safe against hostile input:
 * plain YAML types only (no tags that build objects), at most 64 KiB, few aliases, shallow nesting,
 * unknown keys refused; every error names the key it is about.
 */
public final class ScenarioParser {
    static final int MAX_CHARS = 64 * 1024;
    static final int MAX_STEPS = 500;
    static final int MAX_DEVICES = 20;
    private static final long MAX_WAIT_MS = 120_000;

    private ScenarioParser() {
    }

    public static Scenario parse(String yaml) throws ScenarioException {
        if (yaml.length() > MAX_CHARS) {
            throw new ScenarioException("a scenario file is at most " + MAX_CHARS + " characters");
        }
        LoaderOptions opts = new LoaderOptions();
        opts.setMaxAliasesForCollections(10);
        opts.setNestingDepthLimit(10);
        opts.setCodePointLimit(MAX_CHARS);
        opts.setAllowDuplicateKeys(false);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(opts)).load(yaml);
        } catch (YAMLException e) {
            throw new ScenarioException("not valid YAML: " + firstLine(e.getMessage()), e);
        }
        try {
            return scenario(root);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new ScenarioException(e.getMessage(), e);
        }
    }

    private static Scenario scenario(Object root) {
        Fields f = Fields.of("", root, Set.of("name", "devices", "steps", "expect", "known_issue"));
        List<?> devs = f.list("devices");
        List<?> rawSteps = f.list("steps");
        if (devs.size() > MAX_DEVICES || rawSteps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("at most " + MAX_DEVICES + " devices and " + MAX_STEPS + " steps");
        }
        List<Scenario.DeviceSpec> devices = new ArrayList<>();
        for (int i = 0; i < devs.size(); i++) {
            devices.add(device(Fields.of("devices[" + i + "]", devs.get(i), Set.of("name", "type", "transport", "link", "sink_buffer_ms",
                    "sink_start_ms"))));
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < rawSteps.size(); i++) {
            steps.add(step("steps[" + i + "]", rawSteps.get(i)));
        }
        Scenario.Expectations expect = Scenario.Expectations.NONE;
        if (f.has("expect")) {
            Fields e = Fields.of("expect", f.raw("expect"), Set.of("underruns", "handoff_gap_ms", "reconnect_ms"));
            expect = new Scenario.Expectations((int) e.whole("underruns", 0, 1_000_000, Integer.MAX_VALUE),
                    e.optionalWhole("handoff_gap_ms", 0, MAX_WAIT_MS), e.optionalWhole("reconnect_ms", 0, MAX_WAIT_MS));
        }
        return new Scenario(f.text("name"), devices, steps, expect, f.optionalText("known_issue"));
    }

    private static Scenario.DeviceSpec device(Fields d) {
        Optional<LinkProfile> link = d.has("link") ? Optional.of(link(Fields.of(d.path("link"), d.raw("link"), LINK_KEYS)))
                : Optional.empty();
        return new Scenario.DeviceSpec(d.text("name"), named(DeviceType.class, d.path("type"), d.optionalText("type").orElse("speaker")),
                named(Scenario.Transport.class, d.path("transport"), d.optionalText("transport").orElse("mqtt")), link,
                (int) d.whole("sink_buffer_ms", Scenario.DeviceSpec.MIN_SINK_BUFFER_MS, Scenario.DeviceSpec.MAX_SINK_BUFFER_MS,
                        Scenario.DeviceSpec.DEFAULT_SINK_BUFFER_MS),
                (int) d.whole("sink_start_ms", 0, Scenario.DeviceSpec.MAX_SINK_START_MS, 0));
    }

    private static final Set<String> LINK_KEYS = Set.of("rtt_ms", "jitter_ms", "kbit_s", "loss", "loss_stall_ms");

    private static LinkProfile link(Fields l) {
        return new LinkProfile(Duration.ofMillis(l.whole("rtt_ms", 0, 60_000, 0) / 2), Duration.ofMillis(l.whole("jitter_ms", 0, 60_000, 0)),
                l.whole("kbit_s", 0, 100_000_000, 0) * 1000, l.fraction("loss"),
                Duration.ofMillis(l.whole("loss_stall_ms", 0, 60_000, 200)));
    }

    private static Step step(String path, Object node) {
        if (node instanceof String word) {
            return bare(path, word);
        }
        if (!(node instanceof Map<?, ?> m) || m.size() != 1 || !(m.keySet().iterator().next() instanceof String)) {
            throw new IllegalArgumentException(path + " must be one word (pause) or a mapping with one key (play: {...})");
        }
        String kind = (String) m.keySet().iterator().next();
        Object arg = m.get(kind);
        String at = path + "." + kind;
        switch (kind) {
            case "play": {
                Fields f = Fields.of(at, arg, Set.of("device", "tracks", "position_ms"));
                return new Step.Play(f.text("device"), (int) f.whole("tracks", 1, 50, 1), f.whole("position_ms", 0, 86_400_000, 0));
            }
            case "seek":
                return new Step.Seek(Fields.optionalWhole(at, arg, 0, 86_400_000).orElseThrow(() -> new IllegalArgumentException(at + " needs a position in ms")));
            case "transfer":
                return new Step.Transfer(text(at, arg));
            case "disconnect":
                return new Step.Disconnect(text(at, arg));
            case "restart":
                return new Step.Restart(named(Step.Restart.Target.class, at, text(at, arg)));
            case "sleep_ms":
                return new Step.Sleep(Duration.ofMillis(Fields.optionalWhole(at, arg, 0, MAX_WAIT_MS).orElseThrow(() -> new IllegalArgumentException(at + " needs a number"))));
            case "say": {
                if (arg instanceof String text) {
                    return new Step.Say(text, "done");
                }
                Fields f = Fields.of(at, arg, Set.of("text", "outcome"));
                return new Step.Say(f.text("text"), f.optionalText("outcome").orElse("done"));
            }
            case "intent": {
                Fields f = Fields.of(at, arg, Set.of("intent", "query", "device", "outcome"));
                return new Step.Intent(f.text("intent"), f.optionalText("query"), f.optionalText("device"),
                        f.optionalText("outcome").orElse("done"));
            }
            case "degrade": {
                Fields f = Fields.of(at, arg, union(LINK_KEYS, "device"));
                return new Step.Degrade(f.text("device"), link(f));
            }
            case "fleet": {
                Fields f = Fields.of(at, arg, Set.of("devices", "rate", "duration_s"));
                return new Step.Fleet(new io.tonearm.sim.fleet.FleetOptions((int) f.whole("devices", 1, 50_000, 100),
                        (int) f.whole("rate", 0, 20_000, 100), (int) f.whole("duration_s", 1, 3600, 10)));
            }
            case "hear": {
                Fields f = Fields.of(at, arg, Set.of("device", "ms", "within_ms"));
                return new Step.Hear(f.text("device"), f.whole("ms", 1, MAX_WAIT_MS, 1000), within(f));
            }
            case "expect": {
                Fields f = Fields.of(at, arg, Set.of("device", "status", "queue_index", "min_position_ms", "within_ms"));
                return new Step.Expect(f.text("device"), named(PlaybackStatus.class, f.path("status"), f.text("status")),
                        f.optionalWhole("queue_index", 0, 49).map(Long::intValue), f.optionalWhole("min_position_ms", 0, 86_400_000), within(f));
            }
            default:
                throw new IllegalArgumentException(path + ": unknown step \"" + shorten(kind) + "\"");
        }
    }

    private static Step bare(String path, String word) {
        switch (word) {
            case "pause":
                return new Step.Control(Step.Control.Kind.PAUSE);
            case "resume":
                return new Step.Control(Step.Control.Kind.RESUME);
            case "next":
                return new Step.Control(Step.Control.Kind.NEXT);
            case "previous":
                return new Step.Control(Step.Control.Kind.PREVIOUS);
            default:
                throw new IllegalArgumentException(path + ": unknown step \"" + shorten(word) + "\"");
        }
    }

    private static Duration within(Fields f) {
        return Duration.ofMillis(f.whole("within_ms", 1, MAX_WAIT_MS, 10_000));
    }

    private static String text(String path, Object v) {
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(path + " must be text");
        }
        return s;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String path, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": \"" + shorten(value) + "\" is not one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    private static Set<String> union(Set<String> a, String b) {
        Set<String> s = new java.util.HashSet<>(a);
        s.add(b);
        return s;
    }

    private static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
