package io.tonearm.sim.scenario;

import java.time.Duration;

/** Polling for what real processes reach in their own time; a miss becomes a {@link ScenarioException}. */
final class Waits {
    interface Condition {
        boolean met() throws Exception;
    }

    private Waits() {
    }

    /** Polls every 5 ms; returns the nanoseconds it took. */
    static long until(String what, Duration within, Condition c) throws ScenarioException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + within.toNanos();
        Exception last = null;
        while (true) {
            try {
                if (c.met()) {
                    return System.nanoTime() - start;
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                last = e; // e.g. the hub is still starting
            }
            if (System.nanoTime() > deadline) {
                throw new ScenarioException("not within " + within.toMillis() + " ms: " + what
                        + (last == null ? "" : " (last error: " + last.getMessage() + ")"));
            }
            Thread.sleep(5);
        }
    }
}
