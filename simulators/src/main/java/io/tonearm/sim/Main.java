package io.tonearm.sim;

import io.tonearm.sim.demo.DemoCommand;
import io.tonearm.sim.up.Up;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** {@code tonearm demo}, {@code up}, {@code sim} and {@code bench}; {@code -Dtonearm.home} is the repository root. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The narration is the demo's output; the agents' own logs go quiet unless asked for.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Path home = Path.of(System.getProperty("tonearm.home", ".")).toAbsolutePath().normalize();
        List<String> rest = args.length > 0 ? Arrays.asList(args).subList(1, args.length) : List.of();
        int code;
        try {
            switch (args.length > 0 ? args[0] : "") {
                case "demo":
                    code = DemoCommand.run(home, rest);
                    break;
                case "up":
                    code = upCommand(home, rest);
                    break;
                case "bench":
                    code = io.tonearm.sim.bench.FootprintBench.run(home, io.tonearm.sim.bench.FootprintOptions.parse(rest));
                    break;
                case "sim":
                    code = simCommand(home, rest);
                    break;
                default:
                    System.err.println("usage: tonearm demo|up|sim|bench [options]");
                    code = 2;
            }
        } catch (IllegalArgumentException e) {
            System.err.println("tonearm: " + e.getMessage());
            code = 2;
        } catch (Exception e) {
            System.err.println("tonearm: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }

    static int simCommand(Path home, List<String> args) throws Exception {
        String sub = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        switch (sub) {
            case "run":
                return io.tonearm.sim.scenario.SimCommand.run(home, rest);
            case "fleet":
                return io.tonearm.sim.fleet.FleetCommand.run(home, rest);
            default:
                throw new IllegalArgumentException("usage: tonearm sim run FILE... [--report FILE] | tonearm sim fleet --devices N "
                        + "[--rate CMDS_PER_S] [--duration S] [--report FILE]");
        }
    }

    static int upCommand(Path home, List<String> args) throws Exception {
        int devices = 0;
        Path dataDir = Path.of(".tonearm");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size() || !(a.equals("--sim-devices") || a.equals("--data-dir"))) {
                throw new IllegalArgumentException(a.startsWith("--") && i + 1 >= args.size() ? a + " needs a value"
                        : "unknown option " + a + "; usage: tonearm up [--sim-devices N] [--data-dir DIR]");
            }
            String v = args.get(++i);
            if (a.equals("--data-dir")) {
                dataDir = Path.of(v);
            } else {
                try {
                    devices = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--sim-devices must be a whole number, not \"" + v + "\"");
                }
                if (devices < 0 || devices > 100) {
                    throw new IllegalArgumentException("--sim-devices must be 0 to 100");
                }
            }
        }
        return Up.run(home, devices, dataDir);
    }
}
