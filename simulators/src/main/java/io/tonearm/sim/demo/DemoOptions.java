package io.tonearm.sim.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code tonearm demo [--headless] [--report FILE] [--duration SECONDS]}, parsed strictly. */
record DemoOptions(boolean headless, Optional<Path> report, int durationSeconds) {
    static final String USAGE = "usage: tonearm demo [--headless] [--report FILE] [--duration SECONDS]";

    DemoOptions {
        if (durationSeconds < 10 || durationSeconds > 3600) {
            throw new IllegalArgumentException("--duration must be 10 to 3600 seconds");
        }
    }

    static DemoOptions parse(List<String> args) {
        boolean headless = false;
        Optional<Path> report = Optional.empty();
        int duration = 60;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--headless")) {
                headless = true;
            } else if (a.equals("--report") || a.equals("--duration")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args.get(++i);
                if (a.equals("--report")) {
                    report = Optional.of(Path.of(v));
                } else {
                    try {
                        duration = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--duration must be a whole number of seconds, not \"" + v + "\"");
                    }
                }
            } else {
                throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return new DemoOptions(headless, report, duration);
    }
}
