package io.tonearm.sim.fleet;

import io.tonearm.sim.report.Report;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code tonearm sim fleet --devices N [--rate CMDS_PER_S] [--duration S] [--report FILE]} on a fresh stack. */
public final class FleetCommand {
    private FleetCommand() {
    }

    public static int run(Path home, List<String> args) throws Exception {
        FleetOptions options = FleetOptions.parse(args);
        Optional<Path> reportFile = FleetOptions.reportPath(args);
        System.out.printf("fleet: %d devices, %d commands/s for %d s%n", options.devices(), options.rate(), options.durationSeconds());
        try (Stack stack = Stack.start(home, Files.createTempDirectory("tonearm-fleet-"), Ports.ephemeral(), Optional.empty())) {
            Report r = new Fleet(stack, options).run();
            System.out.println(r.toJson());
            if (reportFile.isPresent()) {
                r.write(reportFile.get());
            }
        }
        return 0;
    }
}
