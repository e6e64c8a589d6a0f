package io.tonearm.sim;

import java.time.Duration;

/** Polling for conditions that real processes reach in their own time. */
final class Await {
    interface Probe {
        boolean ok() throws Exception;
    }

    private Await() {
    }

    static void until(String what, Duration timeout, Probe probe) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!probe.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
