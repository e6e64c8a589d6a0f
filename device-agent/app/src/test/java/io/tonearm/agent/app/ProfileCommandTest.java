package io.tonearm.agent.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.profiles.ProfileLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private int profile(String... args) {
        return ProfileCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int jvmFlags(String... args) {
        return ProfileCommand.jvmFlags(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    @Test
    void validate_prints_ok_for_each_valid_file_and_exits_0() throws Exception {
        Path a = write("a.yaml", "name: a\nextends: smart-speaker\n");
        Path b = write("b.yml", "name: b\nextends: a.yaml\naudio: {buffer-ms: 100}\n");
        assertThat(profile("validate", a.toString(), b.toString())).isZero();
        assertThat(out()).isEqualTo(a + ": ok\n" + b + ": ok\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void validate_prints_one_line_per_invalid_file_and_exits_1() throws Exception {
        Path good = write("good.yaml", "name: good\nextends: base\n");
        Path bad = write("bad.yaml", "name: bad\nextends: base\naudio: {buffer-ms: 0}\n");
        Path typo = write("typo.yaml", "name: typo\nextends: base\ncapabilites: {display: true}\n");
        Path cycle = write("cycle.yaml", "name: cycle\nextends: cycle.yaml\n");
        write("broken-base.yaml", "name: x\nextends: base\njvm: {flags: [\"-Dx=$(reboot)\"]}\n");
        Path kid = write("kid.yaml", "name: kid\nextends: broken-base.yaml\n");
        Path missing = dir.resolve("missing.yaml");
        assertThat(profile("validate", good.toString(), bad.toString(), typo.toString(), cycle.toString(), kid.toString(),
                missing.toString(), "smart-tv")).isEqualTo(1);
        assertThat(out().lines()).containsExactly(
                good + ": ok",
                bad + ": audio.buffer-ms: expected a whole number from 10 to 5000, found 0",
                typo + ": capabilites: expected no such key, found an unknown key",
                cycle + ": extends: expected a chain without cycles, found " + cycle + " -> " + cycle,
                kid + ": via " + dir.resolve("broken-base.yaml") + ": jvm.flags[0]: expected a JVM flag starting with -X, -XX: or -D,"
                        + " of letters, digits and _.:,/+@%=- only (no spaces or shell characters), found \"-Dx=$(reboot)\"",
                missing + ": no such file",
                "smart-tv: ok");
    }

    @Test
    void validate_checks_every_built_in_profile() {
        assertThat(profile(ProfileLoader.BUILT_IN.stream().reduce("validate", (a, b) -> a + "\n" + b).split("\n"))).isZero();
        assertThat(out().lines()).hasSize(ProfileLoader.BUILT_IN.size()).allMatch(l -> l.endsWith(": ok"));
    }

    @Test
    void a_hostile_file_name_is_echoed_on_one_line() throws Exception {
        Path evil = dir.resolve("evil\nname\u001b[2J.yaml");
        Files.writeString(evil, "name: [unclosed");
        assertThat(profile("validate", evil.toString())).isEqualTo(1);
        assertThat(out().lines()).hasSize(1).first().asString().contains("evil\\u000aname\\u001b[2J.yaml: not valid YAML");
    }

    @Test
    void usage_errors_exit_2() {
        assertThat(profile()).isEqualTo(2);
        assertThat(profile("validate")).isEqualTo(2);
        assertThat(profile("lint", "a.yaml")).isEqualTo(2);
        assertThat(profile("show")).isEqualTo(2);
        assertThat(profile("show", "a", "b")).isEqualTo(2);
        assertThat(profile("validate", "--strict", "a.yaml")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("unknown subcommand \"lint\"").contains(ProfileCommand.USAGE);
    }

    @Test
    void show_prints_the_effective_profile_in_schema_order() throws Exception {
        assertThat(profile("show", "rpi-zero-2w")).isZero();
        String yaml = out();
        assertThat(yaml).startsWith("name: \"rpi-zero-2w\"\ndevice:\n  type: board\naudio:\n  sink: \"alsa\"\n");
        assertThat(yaml).doesNotContain("extends");
        List<String> top = yaml.lines().filter(l -> !l.startsWith(" ")).map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertThat(top).containsExactly("name", "device", "audio", "streaming", "hub", "control", "cache", "jvm", "gpio", "capabilities");
        assertThat(yaml).contains("  memory-budget-mb: 48\n  flags:\n    - \"-XX:+UseSerialGC\"\n")
                .contains("  buttons:\n    play-pause: 17\n");
        Path shown = write("shown.yaml", yaml);
        assertThat(new ProfileLoader().file(shown)).isEqualTo(new ProfileLoader().builtIn("rpi-zero-2w"));
    }

    @Test
    void show_applies_a_file_s_inheritance_and_refuses_a_broken_one() throws Exception {
        Path mine = write("mine.yaml", "name: mine\nextends: constrained-coap\nstreaming: {max-quality: 24}\n");
        assertThat(profile("show", mine.toString())).isZero();
        assertThat(out()).contains("name: \"mine\"\n").contains("  max-quality: 24\n").contains("  transports: [coap]\n")
                .doesNotContain("mqtt-url");
        out.reset();
        assertThat(profile("show", "smart-toaster")).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("profile show: smart-toaster: no such profile; built in: "
                + String.join(", ", ProfileLoader.BUILT_IN) + "\n");
    }

    @Test
    void jvm_flags_prints_one_flag_per_line() throws Exception {
        assertThat(jvmFlags("--profile", "constrained-coap")).isZero();
        assertThat(out().lines()).containsExactly("-XX:+UseSerialGC", "-Xss256k", "-XX:TieredStopAtLevel=1", "-Xms4m", "-Xmx24m",
                "-XX:MaxMetaspaceSize=24m", "-XX:ReservedCodeCacheSize=8m", "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData",
                "-XX:CompileThresholdScaling=10", "-XX:MetaspaceReclaimPolicy=aggressive", "-Xmn1m", "-Xshare:off",
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-XX:TrimNativeHeapInterval=5000");
        out.reset();
        Path none = write("none.yaml", "name: none\nextends: base\njvm: {flags: []}\n");
        assertThat(jvmFlags("--profile", none.toString())).isZero();
        assertThat(out()).isEmpty();
    }

    @Test
    void jvm_flags_refuses_bad_profiles_and_bad_usage() throws Exception {
        Path evil = write("evil.yaml", "name: evil\nextends: base\njvm: {flags: [-XX:OnError=/bin/sh]}\n");
        assertThat(jvmFlags("--profile", evil.toString())).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("jvm-flags: profile " + evil + ": jvm.flags[0]: expected a flag that neither runs commands");
        assertThat(jvmFlags()).isEqualTo(2);
        assertThat(jvmFlags("--profile")).isEqualTo(2);
        assertThat(jvmFlags("--profile", "a", "b")).isEqualTo(2);
        assertThat(jvmFlags("--name", "a")).isEqualTo(2);
    }
}
