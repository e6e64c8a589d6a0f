package io.tonearm.sim.demo;

import java.nio.file.Path;
import java.util.List;

/** Parses {@code tonearm demo}'s options and runs the demo. */
public final class DemoCommand {
    private DemoCommand() {
    }

    public static int run(Path home, List<String> args) throws Exception {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; " + DemoOptions.USAGE, e);
        }
        return new Demo(options, home).run();
    }
}
