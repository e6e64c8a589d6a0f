package io.tonearm.agent.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tonearm.profiles.Profile;
import io.tonearm.profiles.ProfileLoader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Builds real distributions from the agent's class path (target/classpath.txt) and runs them. */
class DistBuilderTest {
    static final Path CLASS_PATH_FILE = Path.of("target", "classpath.txt");

    @TempDir
    Path out;

    DistBuilder.Result build(String profile, boolean deb) throws Exception {
        Profile p = new ProfileLoader().builtIn(profile);
        return DistBuilder.build(new DistBuilder.Options(p, DistCommand.readClassPath(CLASS_PATH_FILE), out, false, deb, 0));
    }

    record Run(int code, String err) {
    }

    static Run run(List<String> command) throws Exception {
        return run(command, java.util.Map.of());
    }

    static Run run(List<String> command, java.util.Map<String, String> env) throws Exception {
        ProcessBuilder b = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        b.environment().putAll(env);
        Process p = b.start();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
        return new Run(p.exitValue(), new String(err, StandardCharsets.UTF_8));
    }

    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"smart-speaker", "car-headunit", "smart-tv", "rpi-4", "rpi-zero-2w", "constrained-coap"})
    void every_shipped_profile_builds_with_only_the_adapters_it_needs(String name) throws Exception {
        Profile p = new ProfileLoader().builtIn(name);
        DistBuilder.Result r = build(name, false);

        List<String> jars = r.includedJars();
        assertThat(jars.stream().anyMatch(j -> j.startsWith("org.eclipse.paho"))).isEqualTo(p.hub().transports().contains(Profile.Transport.MQTT));
        assertThat(jars.stream().anyMatch(j -> j.startsWith("pi4j-"))).isEqualTo(!p.gpio().isEmpty());
        assertThat(jars).anyMatch(j -> j.startsWith("agent-app-")).anyMatch(j -> j.startsWith("agent-core-"));
        assertThat(Files.list(r.dir().resolve("lib")).map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(jars);
        assertThat(new ProfileLoader().file(r.dir().resolve("etc/tonearm/profile.yaml"))).isEqualTo(p);
        assertThat(Files.readString(r.dir().resolve("etc/tonearm/agent.env")))
                .contains("TONEARM_JVM_FLAGS=\"" + String.join(" ", p.jvm().flags()) + "\"");
        assertThat(Files.readString(r.dir().resolve("etc/tonearm/agent.env"))).contains("\nMALLOC_ARENA_MAX=2\n");
        for (String jar : jars) {
            assertThat(UnsignedJar.isSigned(r.dir().resolve("lib").resolve(jar))).as(jar + " shipped unsigned").isFalse();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(r.dir().resolve("bin/tonearm-agent")))).isEqualTo("rwxr-xr-x");
        String listing = Tools.run(List.of("tar", "-tvzf", r.tarGz().toString()));
        assertThat(listing).contains("-rwxr-xr-x 0/0", "tonearm-agent-" + name + "/bin/tonearm-agent",
                "tonearm-agent-" + name + "/systemd/tonearm-agent.service");
        assertThat(r.tarGzBytes()).isPositive().isLessThan(r.dirBytes());
    }

    @Test
    void the_start_script_runs_the_agent_with_the_profile_s_settings() throws Exception {
        DistBuilder.Result r = build("smart-speaker", false);
        int port = closedPort();

        Run run = run(List.of(r.dir().resolve("bin/tonearm-agent").toString(), "--sink", "null", "--hub", "tcp://127.0.0.1:" + port));

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("agent: cannot reach the hub at tcp://127.0.0.1:" + port);
    }

    @Test
    void a_board_s_distribution_starts_with_its_gpio_adapter_and_plays_on_without_gpio_here() throws Exception {
        DistBuilder.Result r = build("rpi-zero-2w", false);
        int port = closedPort();

        Run run = run(List.of(r.dir().resolve("bin/tonearm-agent").toString(), "--sink", "null", "--hub", "tcp://127.0.0.1:" + port));

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("agent-controls-pi4j), which this agent lacks")
                .contains("agent: cannot reach the hub at tcp://127.0.0.1:" + port);
    }

    @Test
    void a_coap_only_distribution_has_no_mqtt_and_reaches_for_the_hub_over_coap() throws Exception {
        DistBuilder.Result r = build("constrained-coap", false);
        int port = closedPort();

        Run run = run(List.of(r.dir().resolve("bin/tonearm-agent").toString(), "--sink", "null", "--hub",
                "coap://127.0.0.1:" + port));

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("coap://127.0.0.1:" + port).doesNotContain("no such transport");
    }

    @Test
    void a_48_mb_distribution_records_its_classes_then_dumps_and_maps_its_own_class_archive() throws Exception {
        DistBuilder.Result r = build("constrained-coap", false);
        Path cds = out.resolve("state");
        List<String> agent = List.of(r.dir().resolve("bin/tonearm-agent").toString(), "--sink", "null", "--hub",
                "coap://127.0.0.1:" + closedPort());
        java.util.Map<String, String> env = java.util.Map.of("TONEARM_CLASS_ARCHIVE_DIR", cds.toString());

        Run first = run(agent, env);
        assertThat(first.code()).as(first.err()).isEqualTo(1);
        assertThat(files(cds, ".classlist")).hasSize(1);
        assertThat(Files.readString(files(cds, ".classlist").get(0))).contains("io/tonearm/agent/app/Main", "java/lang/Object");
        assertThat(files(cds, ".jsa")).isEmpty();

        Run second = run(agent, env);
        assertThat(second.code()).as(second.err()).isEqualTo(1);
        assertThat(second.err()).contains("coap://127.0.0.1:").doesNotContain("no class archive");
        assertThat(files(cds, ".jsa")).hasSize(1);

        Path classes = out.resolve("classes.log");
        java.util.Map<String, String> logged = new java.util.HashMap<>(env);
        logged.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes);
        Run third = run(agent, logged);
        assertThat(third.code()).as(third.err()).isEqualTo(1);
        assertThat(Files.readAllLines(classes)).anyMatch(l -> l.contains("io.tonearm.agent.app.Main source: shared objects file"));

        Files.write(files(cds, ".jsa").get(0), new byte[] {1, 2, 3});
        Run corrupt = run(agent, env);
        assertThat(corrupt.code()).as("a damaged archive is ignored: " + corrupt.err()).isEqualTo(1);
        assertThat(corrupt.err()).contains("coap://127.0.0.1:");
    }

    @Test
    void no_class_archive_when_turned_off_or_for_profiles_that_keep_the_jdk_s_own() throws Exception {
        Path cds = out.resolve("state");
        DistBuilder.Result coap = build("constrained-coap", false);
        Run off = run(List.of(coap.dir().resolve("bin/tonearm-agent").toString(), "--sink", "null", "--hub",
                "coap://127.0.0.1:" + closedPort()), java.util.Map.of("TONEARM_CLASS_ARCHIVE_DIR", cds.toString(),
                "TONEARM_CLASS_ARCHIVE", "no"));
        assertThat(off.code()).as(off.err()).isEqualTo(1);
        assertThat(Files.exists(cds)).isFalse();

        DistBuilder.Result speaker = build("smart-speaker", false);
        Run shared = run(List.of(speaker.dir().resolve("bin/tonearm-agent").toString(), "--sink", "null", "--hub",
                "tcp://127.0.0.1:" + closedPort()), java.util.Map.of("TONEARM_CLASS_ARCHIVE_DIR", cds.toString()));
        assertThat(shared.code()).as(shared.err()).isEqualTo(1);
        assertThat(Files.exists(cds)).isFalse();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    @Test
    void the_archive_is_reproducible() throws Exception {
        byte[] first = Files.readAllBytes(build("car-headunit", false).tarGz());
        byte[] second = Files.readAllBytes(build("car-headunit", false).tarGz());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_systemd_unit_restarts_on_failure_as_a_dedicated_user_and_verifies() throws Exception {
        DistBuilder.Result r = build("rpi-4", false);
        String unit = Files.readString(r.dir().resolve("systemd/tonearm-agent.service"));
        assertThat(unit).contains("Restart=on-failure", "DynamicUser=yes", "User=tonearm", "NoNewPrivileges=yes",
                "ProtectSystem=strict", "SupplementaryGroups=audio gpio", "RestartPreventExitStatus=2");
        assumeTrue(Tools.onPath("systemd-analyze"), "systemd-analyze is not installed");
        Path local = out.resolve("tonearm-agent.service");
        Files.writeString(local, DistFiles.systemdUnit(new ProfileLoader().builtIn("rpi-4"), r.dir().resolve("bin/tonearm-agent").toString()));

        Run verify = run(List.of("systemd-analyze", "verify", local.toString()));

        assertThat(verify.code()).as(verify.err()).isEqualTo(0);
        assertThat(verify.err()).doesNotContain("tonearm-agent.service:");
    }

    @Test
    void the_debian_package_installs_the_agent_as_a_service() throws Exception {
        assumeTrue(Tools.onPath("dpkg-deb"), "dpkg-deb is not installed");
        DistBuilder.Result r = build("smart-tv", true);
        String deb = r.deb().orElseThrow().toString();

        String contents = Tools.run(List.of("dpkg-deb", "--contents", deb));
        assertThat(contents).contains("./opt/tonearm-agent/bin/tonearm-agent", "./lib/systemd/system/tonearm-agent.service",
                "./etc/tonearm/agent.env", "./etc/tonearm/profile.yaml").doesNotContain("pi4j", "californium");
        assertThat(Tools.run(List.of("dpkg-deb", "--field", deb, "Package")).strip()).isEqualTo("tonearm-agent-smart-tv");
        List<String> scripts = new ArrayList<>(List.of(Tools.run(List.of("dpkg-deb", "--info", deb)).split("\n")));
        assertThat(scripts).anyMatch(l -> l.contains("postinst")).anyMatch(l -> l.contains("conffiles"));
    }
}
