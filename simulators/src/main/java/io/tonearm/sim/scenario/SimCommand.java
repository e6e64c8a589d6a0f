package io.tonearm.sim.scenario;

import io.tonearm.sim.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code tonearm sim run FILE... [--report FILE] [--mqtt URL]}: the command line of the scenario runner. */
public final class SimCommand {
    private SimCommand() {
    }

    /** Returns the exit code: 0 when every scenario passed, 1 when one failed, 2 for a bad command line or file. */
    public static int run(Path home, List<String> args) throws Exception {
        List<Path> files = new ArrayList<>();
        Optional<Path> reportFile = Optional.empty();
        Optional<String> broker = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--report") || a.equals("--mqtt")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args.get(++i);
                if (a.equals("--report")) {
                    reportFile = Optional.of(Path.of(v));
                } else {
                    broker = Optional.of(v);
                }
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + a + "; usage: tonearm sim run FILE... [--report FILE] [--mqtt URL]");
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("usage: tonearm sim run FILE... [--report FILE] [--mqtt URL]");
        }
        if (reportFile.isPresent() && files.size() > 1) {
            throw new IllegalArgumentException("--report takes one scenario file");
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException(f + " is not a file");
            }
            scenarios.add(SimRun.load(f));
        }
        int failed = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            System.out.printf("scenario %s (%s) ...%n", s.name(), files.get(i));
            Report r = SimRun.run(home, s, Files.createTempDirectory("tonearm-sim-"), broker);
            System.out.println(r.toJson());
            System.out.println((r.isTrue("passed") ? "PASSED " : "FAILED ") + s.name()
                    + s.knownIssue().map(k -> " (known issue: " + k + ")").orElse(""));
            failed += r.isTrue("passed") ? 0 : 1;
            if (reportFile.isPresent()) {
                r.write(reportFile.get());
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
