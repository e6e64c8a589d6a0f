package io.tonearm.sim.fleet;

import java.util.List;

/**
 * {@code tonearm sim fleet --devices N [--rate CMDS_PER_S] [--duration S] [--users U] [--report FILE]}.
 * {@code rate} is phone commands per second over the whole fleet; {@code duration} how long they run
 * once every device is connected. {@code users}: whose phones send them; device i belongs to user
 * i mod U and is commanded with that user's token. The default is a household of
 * {@link #DEVICES_PER_USER} devices per user (decision 48): one user for the whole fleet makes every
 * command wait for that one user's session.
 */
public record FleetOptions(int devices, int rate, int durationSeconds, int users) {
    public static final int MAX_DEVICES = 50_000;
    public static final int DEVICES_PER_USER = 10;

    /** With the default number of users: one per {@link #DEVICES_PER_USER} devices. */
    public FleetOptions(int devices, int rate, int durationSeconds) {
        this(devices, rate, durationSeconds, defaultUsers(devices));
    }

    public static int defaultUsers(int devices) {
        return Math.max(1, (devices + DEVICES_PER_USER - 1) / DEVICES_PER_USER);
    }

    public FleetOptions {
        if (devices < 1 || devices > MAX_DEVICES) {
            throw new IllegalArgumentException("--devices must be 1 to " + MAX_DEVICES + ", not " + devices);
        }
        if (rate < 0 || rate > 20_000) {
            throw new IllegalArgumentException("--rate must be 0 to 20000 commands per second, not " + rate);
        }
        if (durationSeconds < 1 || durationSeconds > 3600) {
            throw new IllegalArgumentException("--duration must be 1 to 3600 seconds, not " + durationSeconds);
        }
        if (users < 1 || users > devices) {
            throw new IllegalArgumentException("--users must be 1 to the number of devices (" + devices + "), not " + users);
        }
    }

    /** Parses the options after {@code fleet}; {@code --report} is left to the caller (see {@link #reportPath}). */
    public static FleetOptions parse(List<String> args) {
        int devices = -1;
        int rate = 100;
        int duration = 30;
        int users = -1;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.equals("--devices") && !a.equals("--rate") && !a.equals("--duration") && !a.equals("--users")
                    && !a.equals("--report")) {
                throw new IllegalArgumentException("unknown option " + a
                        + "; usage: tonearm sim fleet --devices N [--rate CMDS_PER_S] [--duration S] [--users U] [--report FILE]");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args.get(++i);
            switch (a) {
                case "--devices":
                    devices = whole(a, v);
                    break;
                case "--rate":
                    rate = whole(a, v);
                    break;
                case "--duration":
                    duration = whole(a, v);
                    break;
                case "--users":
                    users = whole(a, v);
                    break;
                default:
                    break; // --report
            }
        }
        if (devices < 0) {
            throw new IllegalArgumentException("--devices is required");
        }
        return users < 0 ? new FleetOptions(devices, rate, duration) : new FleetOptions(devices, rate, duration, users);
    }

    /** The value of {@code --report}, if given. */
    public static java.util.Optional<java.nio.file.Path> reportPath(List<String> args) {
        int i = args.lastIndexOf("--report");
        return i >= 0 && i + 1 < args.size() ? java.util.Optional.of(java.nio.file.Path.of(args.get(i + 1))) : java.util.Optional.empty();
    }

    private static int whole(String option, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not \"" + (v.length() > 20 ? v.substring(0, 20) + "…" : v) + "\"");
        }
    }
}
