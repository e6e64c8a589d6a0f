package io.tonearm.agent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/tonearm agent} and {@code bin/tonearm profile}, run through bash against this module's
 * packaged build. The launcher runs from a copy whose root links to the real device-agent, with a
 * fresh build stamp, so it starts what was just built and never rebuilds the reactor.
 */
class LauncherIT {
    @TempDir
    Path root;
    Path work;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void launcherCopy() throws IOException {
        Path real = Path.of("").toAbsolutePath().getParent().getParent();
        Files.createDirectories(root.resolve("bin"));
        Files.copy(real.resolve("bin/tonearm"), root.resolve("bin/tonearm"));
        Files.createSymbolicLink(root.resolve("device-agent"), real.resolve("device-agent"));
        Files.createDirectories(root.resolve("simulators/target"));
        Files.writeString(root.resolve("simulators/target/.tonearm-built"), "");
        work = Files.createDirectories(root.resolve("work"));
    }

    private Run tonearm(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("bin/tonearm").toString()));
        command.addAll(List.of(args));
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void profile_validate_and_show_run_through_the_launcher() throws Exception {
        Files.writeString(work.resolve("good.yaml"), "name: good\nextends: rpi-4\n");
        Files.writeString(work.resolve("bad.yaml"), "name: bad\nextends: rpi-4\ngpio: {leds: {status: 17}}\n");
        Run v = tonearm("profile", "validate", "good.yaml", "bad.yaml");
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).isEqualTo("good.yaml: ok\nbad.yaml: gpio.leds.status: expected a BCM pin no other gpio key uses, "
                + "found 17, already gpio.buttons.play-pause\n");
        Run show = tonearm("profile", "show", "good.yaml");
        assertThat(show.code()).isZero();
        assertThat(show.out()).startsWith("name: \"good\"\n").contains("  rotary-encoder:\n");
        assertThat(tonearm("profile").code()).isEqualTo(2);
    }

    @Test
    void a_coap_only_profile_fails_with_one_clear_line() throws Exception {
        Run r = tonearm("agent", "--profile", "constrained-coap");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("agent: profile constrained-coap reaches the hub over coap (agent-transport-coap), and this"
                + " agent has no such transport; it has: ").hasLineCount(1);
    }

    @Test
    void an_unusable_profile_is_reported_by_the_agent_itself() throws Exception {
        Run r = tonearm("agent", "--profile", "toaster");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("agent: profile toaster: no such profile");
        Files.writeString(work.resolve("evil.yaml"), "name: evil\nextends: base\njvm: {flags: [-XX:OnError=/bin/sh]}\n");
        Run evil = tonearm("agent", "--profile", "evil.yaml");
        assertThat(evil.code()).isEqualTo(2);
        assertThat(evil.err()).startsWith("agent: profile evil.yaml: jvm.flags[0]: expected a flag that neither runs commands");
    }

    @Test
    void the_agent_jvm_gets_the_profile_s_flags_and_no_text_is_evaluated() throws Exception {
        String name = "my $(touch pwned) `touch pwned2` profile;touch pwned3.yaml";
        Files.writeString(work.resolve(name), "name: mine\nextends: base\njvm: {memory-budget-mb: 40, flags: "
                + "[-XX:+PrintCommandLineFlags, -XX:+UseSerialGC, -Xmx20m, -Dtonearm.note=a%b@c]}\n");
        Run r = tonearm("agent", "--name", "--profile", "--profile", name, "--hub", "tcp://127.0.0.1:1", "--sink", "null");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("-XX:MaxHeapSize=20971520").contains("-XX:+UseSerialGC");
        assertThat(r.err()).contains("agent: cannot reach the hub at tcp://127.0.0.1:1");
        try (var files = Files.list(work)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(name);
        }
    }
}
