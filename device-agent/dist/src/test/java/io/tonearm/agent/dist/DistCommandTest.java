package io.tonearm.agent.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistCommandTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return DistCommand.run(List.of(args), new PrintStream(out, true), new PrintStream(err, true));
    }

    @Test
    void bad_usage_exits_2_saying_what_is_wrong() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).startsWith("dist: --profile is required");
        err.reset();
        assertThat(run("--profile")).isEqualTo(2);
        assertThat(err.toString()).startsWith("dist: --profile needs a value");
        err.reset();
        assertThat(run("--profile", "rpi-4", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString()).startsWith("dist: unknown option --colour");
        err.reset();
        assertThat(run("--profile", "rpi-4")).isEqualTo(2);
        assertThat(err.toString()).startsWith("dist: --classpath-file is required");
    }

    @Test
    void a_bad_profile_or_class_path_is_reported_in_one_line() throws Exception {
        Path cp = Files.writeString(dir.resolve("cp.txt"), "/nowhere/agent-core-0.1.0.jar");
        assertThat(run("--profile", "toaster", "--classpath-file", cp.toString(), "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("dist: profile toaster: no such profile").hasLineCount(1);
        err.reset();
        assertThat(run("--profile", "rpi-4", "--classpath-file", dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("dist: cannot read the agent's class path");
        err.reset();
        assertThat(run("--profile", "rpi-4", "--classpath-file", cp.toString(), "--out", dir.toString(), "--no-deb")).isEqualTo(1);
        assertThat(err.toString()).startsWith("dist: rpi-4: ").hasLineCount(1);
    }

    @Test
    void builds_and_reports_the_sizes_of_a_profile() {
        assertThat(run("--profile", "smart-speaker", "--classpath-file", "target/classpath.txt", "--out", dir.toString(), "--no-deb"))
                .as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).matches("smart-speaker: \\d+ jars [0-9.]+ MB, dir [0-9.]+ MB, tar.gz [0-9.]+ MB"
                + " \\(left out: agent-transport-coap, californium-core, californium-legal, element-connector, agent-controls-pi4j, pi4j-core, pi4j-plugin-gpiod, pi4j-library-gpiod\\)\n");
    }
}
