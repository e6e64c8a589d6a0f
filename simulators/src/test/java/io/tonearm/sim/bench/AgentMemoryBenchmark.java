package io.tonearm.sim.bench;

import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark (not a test): resident memory of a real agent process streaming a 320 kbit/s track over
 * MQTT with its profile's JVM flags. Starts a stack (control plane + hub, ephemeral ports, a fresh
 * data directory), launches {@code bin/tonearm agent --profile P --sink null} with a profile that
 * extends P and raises max-quality to 320, plays a track through the hub's API and samples VmRSS
 * and VmHWM from /proc/PID/status every 250 ms while it plays.
 *
 * <pre>
 * bin/tonearm bench rss [PROFILE] [SECONDS] [FLAG,FLAG,...]   (default rpi-zero-2w, 15, the profile's flags)
 * </pre>
 *
 * <p>The third argument replaces the profile's {@code jvm.flags}, to try flags before changing a profile.
 * With {@code -XX:NativeMemoryTracking=summary} among them it also prints {@code jcmd PID
 * VM.native_memory summary} taken while the track plays.
 */
public final class AgentMemoryBenchmark {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("tonearm.home", ".")).toAbsolutePath();
        String profile = args.length > 0 ? args[0] : "rpi-zero-2w";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path data = Files.createTempDirectory("tonearm-bench-rss");
        Path profileFile = data.resolve("bench-" + profile + ".yaml");
        String flags = args.length > 2 ? "jvm: {flags: [" + args[2] + "]}\n" : "";
        Files.writeString(profileFile, "name: bench-" + profile + "\nextends: " + profile + "\nstreaming: {max-quality: 320}\n" + flags);
        try (Stack stack = Stack.start(home, data.resolve("stack"), Ports.ephemeral(), Optional.empty())) {
            Path log = data.resolve("agent.log");
            Process agent = new ProcessBuilder("bash", home.resolve("bin/tonearm").toString(), "agent", "--profile",
                    profileFile.toString(), "--sink", "null", "--hub", stack.mqttUrl(), "--control", stack.controlUrl().toString(),
                    "--id", "bench-rss", "--name", "Bench RSS")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                HubApi api = new HubApi(stack.hubUrl(), stack.demoToken());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (api.devices().stream().noneMatch(d -> d.id().equals("bench-rss"))) {
                    if (System.nanoTime() > deadline || !agent.isAlive()) {
                        throw new IOException("the agent did not come online; see " + log);
                    }
                    Thread.sleep(200);
                }
                long idleRss = status(agent.pid(), "VmRSS:");
                HubApi.Reply r = api.play("bench-rss", List.of("tonearm:track:neon-harbor-01", "tonearm:track:neon-harbor-02"), 0);
                if (!r.ok()) {
                    throw new IOException("play answered " + r);
                }
                List<Long> rss = new ArrayList<>();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                while (System.nanoTime() < end) {
                    rss.add(status(agent.pid(), "VmRSS:"));
                    Thread.sleep(250);
                }
                long hwm = status(agent.pid(), "VmHWM:");
                if (flags.contains("NativeMemoryTracking")) {
                    // Where the memory goes, by the JVM's own account (decision §40).
                    Process nmt = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                            Long.toString(agent.pid()), "VM.native_memory", "summary").redirectErrorStream(true).start();
                    System.out.println(new String(nmt.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    nmt.waitFor(20, TimeUnit.SECONDS);
                }
                System.out.println("largest resident mappings (kB): " + topMappings(agent.pid(), 8));
                System.out.println("threads by name: " + threadNames(agent.pid()));
                String player = api.player().map(Object::toString).orElse("(nothing playing)");
                long max = rss.stream().mapToLong(Long::longValue).max().orElse(0);
                double avg = rss.stream().mapToLong(Long::longValue).average().orElse(0);
                System.out.printf("agent %s (profile %s flags), 320 kbit/s over MQTT, %d s: VmRSS idle %.1f MB, playing avg %.1f MB,"
                                + " max %.1f MB; VmHWM %.1f MB%n", profile, profile, seconds, idleRss / 1024.0, avg / 1024.0,
                        max / 1024.0, hwm / 1024.0);
                System.out.println("threads: " + status(agent.pid(), "Threads:") + "; agent log: " + log + "; player: "
                        + player.substring(0, Math.min(200, player.length())));
            } finally {
                agent.destroy();
                agent.waitFor(10, TimeUnit.SECONDS);
                agent.destroyForcibly();
            }
        }
    }

    /** Resident kB per mapped file (anonymous memory as "[anon]"), largest first, from /proc/PID/smaps. */
    static String topMappings(long pid, int n) throws IOException {
        java.util.Map<String, Long> rss = new java.util.HashMap<>();
        String name = "";
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 5 && f[0].contains("-") && f[1].length() == 4) {
                name = f.length >= 6 ? f[5].substring(f[5].lastIndexOf('/') + 1) : "[anon]";
            } else if (line.startsWith("Rss:")) {
                rss.merge(name, Long.parseLong(f[1]), Long::sum);
            }
        }
        return rss.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The process's threads, as {@code name×count}, digits folded ("pool-1-thread-3" → "pool-#-thread-#"). */
    static String threadNames(long pid) throws IOException {
        java.util.Map<String, Integer> names = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    names.merge(Files.readString(t.resolve("comm")).trim().replaceAll("\\d+", "#"), 1, Integer::sum);
                } catch (IOException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return names.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A numeric field of /proc/PID/status (kB for the Vm fields). */
    static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
            }
        }
        throw new IOException("no " + field + " for process " + pid);
    }
}
