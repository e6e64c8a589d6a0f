package io.tonearm.sim.demo;

import java.io.PrintStream;

/** Tells a person what the demo is doing, one timestamped line at a time. */
final class Narrator {
    private final PrintStream out;
    private final long start = System.nanoTime();

    Narrator(PrintStream out) {
        this.out = out;
    }

    void say(String format, Object... args) {
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("[%6.1fs] %s%n", seconds, String.format(format, args));
        out.flush();
    }
}
