package io.tonearm.sim.bench;

import io.tonearm.profiles.Profile;
import io.tonearm.profiles.ProfileLoader;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code tonearm bench footprint}: for each profile, starts its distribution's agent
 * ({@code bin/tonearm-agent}, so with the profile's JVM flags) as a child process against a stack
 * on ephemeral ports, plays at the profile's quality ceiling with the null sink (real-time pace),
 * and measures startup to hello, resident memory and heap against the profile's budget.
 */
public final class FootprintBench {
    private final Stack stack;
    private final HubApi hub;
    private final List<String> tracks;
    private final Path dists;
    private final long playSeconds;

    private FootprintBench(Stack stack, HubApi hub, List<String> tracks, Path dists, long playSeconds) {
        this.stack = stack;
        this.hub = hub;
        this.tracks = tracks;
        this.dists = dists;
        this.playSeconds = playSeconds;
    }

    /** Runs the benchmark, prints the table; 0 if every measured profile kept its budget, 1 if not. */
    public static int run(Path home, FootprintOptions o) throws Exception {
        Path data = Files.createTempDirectory("tonearm-footprint");
        boolean ok = false;
        try (Stack stack = Stack.start(home, data, Ports.ephemeral(), Optional.empty())) {
            HubApi hub = new HubApi(stack.hubUrl(), stack.demoToken());
            List<String> tracks = new CatalogApi(stack.controlUrl()).tracks().stream().map(CatalogApi.Track::uri).limit(4)
                    .collect(Collectors.toList());
            FootprintBench bench = new FootprintBench(stack, hub, tracks, o.dists(), o.playSeconds());
            List<FootprintRow> rows = new ArrayList<>();
            for (String name : o.profiles()) {
                Profile p = new ProfileLoader().load(name);
                FootprintRow row;
                try {
                    row = bench.measure(p);
                } catch (IOException e) {
                    row = FootprintRow.failed(p.name(), p.streaming().maxQuality(), p.jvm().memoryBudgetMb(), e.getMessage());
                }
                System.err.println("footprint: " + row.line());
                rows.add(row);
            }
            System.out.println(FootprintRow.header());
            rows.forEach(r -> System.out.println(r.line()));
            System.out.println("\nplayed " + o.playSeconds() + " s each at the profile's max quality, --sink null; "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
            ok = rows.stream().allMatch(r -> r.withinBudget() || r.pending());
            if (!ok) {
                System.out.println("logs: " + data.resolve("logs"));
            }
            return ok ? 0 : 1;
        } finally {
            if (ok) {
                deleteTree(data);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    FootprintRow measure(Profile p) throws IOException, InterruptedException {
        int quality = p.streaming().maxQuality();
        int budget = p.jvm().memoryBudgetMb();
        Path dist = dists.resolve("tonearm-agent-" + p.name());
        if (!Files.isExecutable(dist.resolve("bin/tonearm-agent"))) {
            return FootprintRow.pending(p.name(), quality, budget, "no distribution in " + dist + " (run tonearm dist)");
        }
        // The profile's first transport, as the agent itself picks without --hub: CoAP-only devices
        // reach the stack's hub over CoAP.
        String hubUrl = p.hub().transports().get(0) == Profile.Transport.MQTT ? stack.mqttUrl() : stack.coapUrl();
        String id = "bench-" + p.name();
        Path log = stack.dataDir().resolve("logs").resolve("agent-" + p.name() + ".log");
        Files.createDirectories(log.getParent());
        long t0 = System.nanoTime();
        Process agent = new ProcessBuilder(dist.resolve("bin/tonearm-agent").toString(), "--hub", hubUrl,
                "--control", stack.controlUrl().toString(), "--name", "Bench " + p.name(), "--id", id, "--sink", "null")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long startupMs = awaitHello(agent, id, t0);
            HubApi.Reply play = hub.play(id, tracks, 0);
            if (!play.ok()) {
                throw new IOException("play on " + id + " answered " + play);
            }
            awaitPlaying(id);
            long rss = 0;
            for (long s = 0; s < playSeconds * 2; s++) {
                Thread.sleep(500);
                if (!agent.isAlive()) {
                    throw new IOException(p.name() + "'s agent exited (" + agent.exitValue() + ") while playing; see " + log);
                }
                rss = ProcessMemory.statusKb(agent.pid(), "VmRSS").orElse(rss);
            }
            // The peak before jcmd attaches: the attach listener is the benchmark's, not the agent's.
            long hwm = ProcessMemory.statusKb(agent.pid(), "VmHWM").orElseThrow(() -> new IOException("no VmHWM for " + agent.pid()));
            OptionalLong heap = ProcessMemory.heapUsedKb(agent.pid());
            return new FootprintRow(p.name(), quality, budget, startupMs, rss, hwm, heap.orElse(-1), Optional.empty());
        } finally {
            agent.destroy();
            if (!agent.waitFor(10, TimeUnit.SECONDS)) {
                agent.destroyForcibly();
            }
        }
    }

    private long awaitHello(Process agent, String id, long t0) throws IOException, InterruptedException {
        long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (hub.devices().stream().anyMatch(d -> d.id().equals(id))) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            }
            if (!agent.isAlive()) {
                throw new IOException(id + " exited (" + agent.exitValue() + ") before its hello");
            }
            Thread.sleep(10);
        }
        throw new IOException(id + " sent no hello within 60 s");
    }

    private void awaitPlaying(String id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Optional<com.fasterxml.jackson.databind.JsonNode> player = hub.player();
            if (player.isPresent() && player.get().path("is_playing").asBoolean()
                    && id.equals(player.get().path("device").path("id").asText())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException(id + " did not start playing within 30 s");
    }
}
