package io.tonearm.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line and file loading; everything here fails before a stack would start. */
class SimCommandTest {
    @TempDir
    Path dir;

    @Test
    void refuses_bad_command_lines() {
        assertThatThrownBy(() -> SimCommand.run(dir, List.of())).hasMessageContaining("usage");
        assertThatThrownBy(() -> SimCommand.run(dir, List.of("a.yaml", "--report"))).hasMessageContaining("--report needs a value");
        assertThatThrownBy(() -> SimCommand.run(dir, List.of("a.yaml", "--fast"))).hasMessageContaining("unknown option --fast");
        assertThatThrownBy(() -> SimCommand.run(dir, List.of("a.yaml", "b.yaml", "--report", "r.json")))
                .hasMessageContaining("one scenario file");
        assertThatThrownBy(() -> SimCommand.run(dir, List.of(dir.resolve("missing.yaml").toString()))).hasMessageContaining("not a file");
    }

    @Test
    void a_broken_file_is_named_in_the_error() throws Exception {
        Path f = Files.writeString(dir.resolve("broken.yaml"), "name: x\ndevices: [{name: K}]\nsteps:\n  - fly\n");
        assertThatThrownBy(() -> SimCommand.run(dir, List.of(f.toString())))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("broken.yaml").hasMessageContaining("steps[0]");
    }

    @Test
    void an_oversized_file_is_refused_before_it_is_read() throws Exception {
        Path f = dir.resolve("huge.yaml");
        Files.write(f, new byte[ScenarioParser.MAX_CHARS * 4 + 1]);
        assertThatThrownBy(() -> SimRun.load(f)).hasMessageContaining("at most");
    }

    @Test
    void every_shipped_scenario_parses_and_none_carries_a_known_issue() throws Exception {
        Path folder = Path.of("scenarios");
        try (var files = Files.list(folder)) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".yaml")).toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(7);
            for (Path p : all) {
                Scenario s = SimRun.load(p);
                assertThat(s.steps()).as(p.toString()).isNotEmpty();
                assertThat(s.knownIssue()).as("%s carries a known_issue: every shipped scenario must pass", p).isEmpty();
            }
        }
    }
}
