package io.tonearm.sim.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A service process's CPU time and resident memory, read from Linux's {@code /proc/PID/stat} and
 * {@code /proc/PID/status} (proc(5)). Used to report the hub's load during a fleet or scenario run.
 * Stateless and thread-safe; empty where /proc is missing (not Linux) or the process has gone.
 */
public final class ProcessGauge {
    /** USER_HZ: clock ticks per second in /proc/PID/stat, 100 on every mainstream Linux build. */
    static final long TICKS_PER_SECOND = 100;
    private static final int MAX_LINE = 4096;
    private final Path proc;

    public ProcessGauge(Path proc) {
        this.proc = proc;
    }

    public static ProcessGauge linux() {
        return new ProcessGauge(Path.of("/proc"));
    }

    /** A reading: CPU time used so far (user + system) and resident set size. */
    public record Sample(long cpuMillis, long rssKib) {
        public Sample {
            if (cpuMillis < 0 || rssKib < 0) {
                throw new IllegalArgumentException("CPU time and memory are not negative");
            }
        }
    }

    public Optional<Sample> sample(long pid) {
        try {
            String stat = read(proc.resolve(pid + "/stat"));
            String status = read(proc.resolve(pid + "/status"));
            return Optional.of(new Sample(cpuMillis(stat), rssKib(status)));
        } catch (IOException | IllegalArgumentException gone) {
            return Optional.empty();
        }
    }

    /**
     * utime + stime (fields 14 and 15) in ms. The command name (field 2) is in parentheses and may
     * itself hold spaces and parentheses, so fields are counted after the last ')'.
     */
    static long cpuMillis(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc stat line");
        }
        String[] f = stat.substring(close + 1).trim().split("\\s+");
        if (f.length < 13) {
            throw new IllegalArgumentException("a /proc stat line with too few fields");
        }
        // f[0] is field 3 (state), so utime (14) is f[11] and stime (15) is f[12].
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS_PER_SECOND;
    }

    /** VmRSS from /proc/PID/status, in KiB. */
    static long rssKib(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring(6).trim().split("\\s+");
                return Long.parseLong(parts[0]);
            }
        }
        throw new IllegalArgumentException("no VmRSS in /proc status");
    }

    private static String read(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        return new String(b, 0, Math.min(b.length, MAX_LINE * 16), StandardCharsets.UTF_8);
    }
}
