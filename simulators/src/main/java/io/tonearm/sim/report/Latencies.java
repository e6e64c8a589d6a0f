package io.tonearm.sim.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collected latency samples in milliseconds, summarised as n, p50 and p99 (nearest rank). Thread-safe. */
public final class Latencies {
    private final List<Double> samples = new ArrayList<>();

    public synchronized void add(double millis) {
        if (!Double.isFinite(millis) || millis < 0) {
            throw new IllegalArgumentException("latency must be a finite, non-negative number: " + millis);
        }
        samples.add(millis);
    }

    public synchronized int count() {
        return samples.size();
    }

    /** The p-th percentile by nearest rank (p in (0, 100]); NaN when empty. */
    public synchronized double percentile(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    public synchronized Summary summary() {
        return new Summary(samples.size(), percentile(50), percentile(99));
    }

    /** What reports carry: {@code {"n":…,"p50":…,"p99":…}}; p50 and p99 are null when n is 0. */
    public record Summary(int n, double p50, double p99) {
    }
}
