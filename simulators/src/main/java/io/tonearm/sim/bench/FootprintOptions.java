package io.tonearm.sim.bench;

import io.tonearm.profiles.ProfileLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code footprint --dists DIR [--profile P]... [--seconds N]}: every shipped profile unless some are named. */
public record FootprintOptions(Path dists, List<String> profiles, long playSeconds) {
    static final String USAGE = "usage: tonearm bench footprint [--profile P]... [--seconds 5-600]";

    public FootprintOptions {
        profiles = List.copyOf(profiles);
    }

    public static FootprintOptions parse(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("footprint")) {
            throw new IllegalArgumentException("the only benchmark is footprint; " + USAGE);
        }
        Path dists = null;
        List<String> profiles = new ArrayList<>();
        long seconds = 20;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (!List.of("--dists", "--profile", "--seconds").contains(a) || i + 1 >= args.size()) {
                throw new IllegalArgumentException((a.startsWith("--") && i + 1 >= args.size() ? a + " needs a value"
                        : "unknown option " + a) + "; " + USAGE);
            }
            String v = args.get(++i);
            switch (a) {
                case "--dists":
                    dists = Path.of(v);
                    break;
                case "--profile":
                    profiles.add(v);
                    break;
                default:
                    try {
                        seconds = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        seconds = -1;
                    }
                    if (seconds < 5 || seconds > 600) {
                        throw new IllegalArgumentException("--seconds must be a whole number from 5 to 600");
                    }
            }
        }
        if (dists == null) {
            throw new IllegalArgumentException("--dists is required (bin/tonearm bench builds them)");
        }
        if (profiles.isEmpty()) {
            ProfileLoader.BUILT_IN.stream().filter(n -> !n.equals("base")).forEach(profiles::add);
        }
        return new FootprintOptions(dists, profiles, seconds);
    }
}
