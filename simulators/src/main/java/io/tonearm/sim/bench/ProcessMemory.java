package io.tonearm.sim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory of a running JVM, read from outside: resident set (VmRSS) and its peak (VmHWM) from
 * {@code /proc/PID/status}, heap in use from {@code jcmd PID GC.heap_info}.
 */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** A {@code /proc/PID/status} field in kB ("VmRSS", "VmHWM"), empty if absent or unreadable. */
    static OptionalLong statusKb(long pid, String field) {
        try {
            return parseStatusKb(Files.readString(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8), field);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong parseStatusKb(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB") && parts[0].matches("\\d{1,12}")) {
                    return OptionalLong.of(Long.parseLong(parts[0]));
                }
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Heap in use (kB) as {@code jcmd PID GC.heap_info} reports it, empty if jcmd cannot attach.
     * jcmd goes through the attach mechanism, so it works with {@code -XX:-UsePerfData}, which
     * blinds {@code jstat}.
     */
    static OptionalLong heapUsedKb(long pid) throws InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process p = new ProcessBuilder(jcmd, Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return OptionalLong.empty();
            }
            return parseHeapInfoKb(out);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static final Pattern HEAP_LINE = Pattern.compile("^ (\\S.*?)\\s+total \\d{1,12}K, used (\\d{1,12})K.*");

    /**
     * The sum of "used" over the heap's top-level lines of {@code GC.heap_info} (Serial's new and
     * tenured generations, G1's single heap line, Parallel's young and old); Metaspace is not heap.
     */
    static OptionalLong parseHeapInfoKb(String out) {
        long sum = 0;
        int found = 0;
        for (String line : out.split("\n")) {
            Matcher m = HEAP_LINE.matcher(line);
            if (m.matches() && !m.group(1).startsWith("Metaspace") && !m.group(1).startsWith("class space")) {
                sum += Long.parseLong(m.group(2));
                found++;
            }
        }
        return found > 0 ? OptionalLong.of(sum) : OptionalLong.empty();
    }
}
