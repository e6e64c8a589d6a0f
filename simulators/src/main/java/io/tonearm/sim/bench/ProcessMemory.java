package io.tonearm.sim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Memory of a running JVM, read from outside: resident set (VmRSS) and its peak (VmHWM) from
 * {@code /proc/PID/status}, heap in use from {@code jstat -gc PID} (survivors + eden + old).
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

    /** Heap in use (kB) as {@code jstat -gc} reports it, empty if jstat cannot attach. */
    static OptionalLong heapUsedKb(long pid) throws InterruptedException {
        String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        try {
            Process p = new ProcessBuilder(jstat, "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return OptionalLong.empty();
            }
            return parseJstatHeapKb(out);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** S0U + S1U + EU + OU from {@code jstat -gc}'s two lines (header, values). */
    static OptionalLong parseJstatHeapKb(String out) {
        String[] lines = out.strip().split("\n");
        if (lines.length < 2) {
            return OptionalLong.empty();
        }
        String[] names = lines[0].trim().split("\\s+");
        String[] values = lines[lines.length - 1].trim().split("\\s+");
        if (names.length != values.length) {
            return OptionalLong.empty();
        }
        double sum = 0;
        int found = 0;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("S0U") || names[i].equals("S1U") || names[i].equals("EU") || names[i].equals("OU")) {
                try {
                    sum += Double.parseDouble(values[i]);
                    found++;
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return found == 4 ? OptionalLong.of(Math.round(sum)) : OptionalLong.empty();
    }
}
