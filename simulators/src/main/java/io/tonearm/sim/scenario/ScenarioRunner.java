package io.tonearm.sim.scenario;

import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.sim.demo.HandoffMeter;
import io.tonearm.sim.fleet.ProcessGauge;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.report.Latencies;
import io.tonearm.sim.report.Report;
import io.tonearm.sim.services.Stack;
import io.tonearm.sim.voice.VoiceAssistant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one {@link Scenario} against a running {@link Stack}: starts its devices, plays its steps in
 * order as a phone, a voice assistant and a faulty network would, measures as it goes, and checks
 * the expectations. A step that fails ends the run (later steps depend on it). Blocking; one thread.
 */
public final class ScenarioRunner {
    private static final Duration LISTED = Duration.ofSeconds(20);
    private final Stack stack;
    private final HubApi hub;
    private final VoiceAssistant voice;
    private final HandoffMeter handoffs;
    private final Map<String, Rig> rigs = new LinkedHashMap<>();
    private final Latencies ttfa = new Latencies();
    private final Latencies commands = new Latencies();
    private final Latencies reconnects = new Latencies();
    private final List<String> failures = new ArrayList<>();
    private List<CatalogApi.Track> catalog = List.of();
    private Optional<Rig> active = Optional.empty();
    private Optional<Report> fleet = Optional.empty();

    public ScenarioRunner(Stack stack) throws java.io.IOException {
        this.stack = stack;
        this.hub = new HubApi(stack.hubUrl(), stack.demoToken());
        this.voice = new VoiceAssistant(hub);
        this.handoffs = new HandoffMeter(hub);
    }

    /** Runs {@code s} and returns its report; {@code passed} is false and {@code failures} say why when it failed. */
    public Report run(Scenario s) throws InterruptedException {
        long hubPid = stack.hub().pid();
        Optional<ProcessGauge.Sample> hubBefore = ProcessGauge.linux().sample(hubPid);
        try {
            catalog = new CatalogApi(stack.controlUrl()).tracks();
            long seed = 1;
            for (Scenario.DeviceSpec d : s.devices()) {
                rigs.put(d.name(), Rig.start(d, stack, seed += 2));
            }
            awaitListed(LISTED);
            for (int i = 0; i < s.steps().size(); i++) {
                try {
                    StepRunner.run(this, s.steps().get(i));
                } catch (ScenarioException e) {
                    failures.add("steps[" + i + "] " + describe(s.steps().get(i)) + ": " + e.getMessage());
                    break;
                }
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            failures.add("setup: " + e.getMessage());
        }
        int underruns = rigs.values().stream().mapToInt(r -> r.device.state().underruns()).sum();
        check(s.expect(), underruns);
        Report report = Report.standard().text("scenario", s.name()).flag("passed", failures.isEmpty())
                .text("known_issue", s.knownIssue().orElse(""))
                .latency("ttfa_ms", ttfa).latency("handoff_gap_ms", handoffs.gaps)
                .latency("handoff_position_error_ms", handoffs.positionErrors)
                .latency("handoff_request_to_sound_ms", handoffs.requestToSound)
                .latency("command_latency_ms", commands).latency("reconnect_ms", reconnects)
                .count("underruns", underruns).count("devices", rigs.size()).texts("failures", failures);
        hubLoad(report, hubPid, hubBefore);
        fleet.ifPresent(f -> report.nest("fleet", f));
        rigs.values().forEach(Rig::close);
        return report;
    }

    /** {@code hub_cpu_ms}: the hub's CPU time over the run (since its restart, if it restarted); {@code hub_rss_mib}. */
    private void hubLoad(Report report, long pidBefore, Optional<ProcessGauge.Sample> before) {
        long pid = stack.hub().pid();
        ProcessGauge.linux().sample(pid).ifPresent(now -> report
                .count("hub_cpu_ms", now.cpuMillis() - (pid == pidBefore ? before.map(ProcessGauge.Sample::cpuMillis).orElse(0L) : 0))
                .count("hub_rss_mib", now.rssKib() / 1024));
    }

    private void check(Scenario.Expectations e, int underruns) {
        if (underruns > e.maxUnderruns()) {
            failures.add("expect.underruns: " + underruns + " underruns, at most " + e.maxUnderruns() + " allowed");
        }
        e.maxHandoffGapMs().ifPresent(max -> {
            if (handoffs.gaps.count() > 0 && handoffs.gaps.percentile(100) > max) {
                failures.add("expect.handoff_gap_ms: a gap of " + Math.round(handoffs.gaps.percentile(100)) + " ms, at most " + max);
            }
        });
        e.maxReconnectMs().ifPresent(max -> {
            if (reconnects.count() > 0 && reconnects.percentile(100) > max) {
                failures.add("expect.reconnect_ms: devices back after " + Math.round(reconnects.percentile(100)) + " ms, at most " + max);
            }
        });
    }

    void awaitListed(Duration within) throws Exception {
        Waits.until("the hub lists all " + rigs.size() + " devices", within, () -> hub.devices().size() >= rigs.size());
    }

    private static String describe(Step step) {
        String s = step.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    Stack stack() {
        return stack;
    }

    HubApi hub() {
        return hub;
    }

    VoiceAssistant voice() {
        return voice;
    }

    HandoffMeter handoffs() {
        return handoffs;
    }

    Latencies ttfa() {
        return ttfa;
    }

    Latencies commands() {
        return commands;
    }

    Latencies reconnects() {
        return reconnects;
    }

    List<CatalogApi.Track> catalog() {
        return catalog;
    }

    Rig rig(String name) {
        return rigs.get(name);
    }

    java.util.Collection<Rig> rigs() {
        return rigs.values();
    }

    void fleetReport(Report r) {
        fleet = Optional.of(r);
    }

    Optional<Rig> active() {
        return active;
    }

    void active(Rig r) {
        active = Optional.of(r);
    }

    /** The device's position now, extrapolated from its last report while it plays. */
    static long positionNow(PlaybackState s) {
        return s.status() == PlaybackStatus.PLAYING
                ? s.positionMs() + Math.max(0, System.currentTimeMillis() - s.positionTimestampMs()) : s.positionMs();
    }
}
