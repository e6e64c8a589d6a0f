package io.tonearm.sim.scenario;

import io.tonearm.sim.report.Report;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs one scenario file on a fresh stack (control plane and hub as child processes, on free
 * ports, in a fresh data directory) and returns its report. Used by {@code tonearm sim run} and by
 * {@code ScenariosIT}.
 */
public final class SimRun {
    private SimRun() {
    }

    /** Reads and parses {@code file}: UTF-8, at most {@link ScenarioParser#MAX_CHARS} characters. */
    public static Scenario load(Path file) throws IOException, ScenarioException {
        if (Files.size(file) > ScenarioParser.MAX_CHARS * 4L) {
            throw new ScenarioException(file + ": a scenario file is at most " + ScenarioParser.MAX_CHARS + " characters");
        }
        try {
            return ScenarioParser.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (ScenarioException e) {
            throw new ScenarioException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts a stack from the repository at {@code home} with its data under {@code dataDir}, runs
     * {@code scenario} and stops everything.
     *
     * @param externalBroker an MQTT URL for the hub instead of its embedded broker
     */
    public static Report run(Path home, Scenario scenario, Path dataDir, Optional<String> externalBroker)
            throws IOException, InterruptedException {
        try (Stack stack = Stack.start(home, dataDir, Ports.ephemeral(), externalBroker)) {
            return new ScenarioRunner(stack).run(scenario);
        }
    }
}
