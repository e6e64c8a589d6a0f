package io.tonearm.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.sim.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file in simulators/scenarios, each on a fresh stack of real services with real simulated
 * devices. A scenario passes when all its steps and expectations hold; the report says why not.
 * A scenario with a {@code known_issue} must fail (it is then reported as skipped with its
 * report); when it starts to pass, this test fails so the marker is removed.
 * The hub runs its embedded broker, so a broker restart is a hub restart ({@code ExternalBrokerIT}
 * covers Mosquitto). {@code -Dtonearm.scenario=PREFIX} runs only the files whose name starts so.
 */
class ScenariosIT {
    static final Path HOME = Path.of(System.getProperty("tonearm.home", "..")).toAbsolutePath().normalize();
    @TempDir
    Path data;

    @TestFactory
    Stream<DynamicTest> every_scenario_in_the_folder_passes() throws IOException {
        Path folder = HOME.resolve("simulators/scenarios");
        String only = System.getProperty("tonearm.scenario", "");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> only.isEmpty() || f.getFileName().toString().startsWith(only))
                    .sorted().toList().stream()
                    .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                        Scenario s = SimRun.load(f);
                        Report r = SimRun.run(HOME, s, Files.createTempDirectory(data, "run-"), Optional.empty());
                        Files.createDirectories(HOME.resolve("simulators/target/scenario-reports"));
                        r.write(HOME.resolve("simulators/target/scenario-reports/" + f.getFileName() + ".json"));
                        if (s.knownIssue().isPresent()) {
                            assertThat(r.isTrue("passed")).as("%s passes now: remove its known_issue", f.getFileName()).isFalse();
                            Assumptions.abort("known issue, failing as expected: " + s.knownIssue().get() + "\n" + r.toJson());
                        }
                        assertThat(r.isTrue("passed")).as(r.toJson()).isTrue();
                    }));
        }
    }
}
