package io.tonearm.agent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.stream.Quality;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    @Test
    void command_line_values_override_the_profile() throws Exception {
        AgentOptions o = AgentOptions.parse(List.of("--profile", "car-headunit", "--hub", "tcp://10.0.0.2:1883",
                "--name", "Blue Car", "--sink", "wav:/tmp/out.wav", "--volume", "12"));
        AgentSettings s = AgentSettings.of(AgentCommand.loadProfile(o.profile()), o);
        assertThat(s.type()).isEqualTo(DeviceType.CAR);
        assertThat(s.hubUrl()).isEqualTo("tcp://10.0.0.2:1883");
        assertThat(s.controlUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(s.deviceId()).isEqualTo("blue-car");
        assertThat(s.maxQuality()).isEqualTo(Quality.KBPS_160);
        assertThat(s.initialVolume()).isEqualTo(12);
        assertThat(s.sink().file()).contains(Path.of("/tmp/out.wav"));
    }

    @Test
    void onevent_takes_an_executable_and_refuses_anything_else(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path script = java.nio.file.Files.writeString(dir.resolve("hook.sh"), "#!/bin/sh\n");
        Path plain = java.nio.file.Files.writeString(dir.resolve("plain.txt"), "not a program");
        script.toFile().setExecutable(true);
        AgentOptions o = AgentOptions.parse(List.of("--profile", "p", "--onevent", script.toString()));
        assertThat(o.onEvent()).contains(script.toAbsolutePath());
        assertThat(AgentSettings.of(AgentCommand.loadProfile("rpi-4"), o).onEvent()).contains(script.toAbsolutePath());
        assertThat(AgentOptions.parse(List.of("--profile", "p")).onEvent()).isEmpty();
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile", "p", "--onevent", plain.toString())))
                .hasMessageContaining("is not an executable file");
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile", "p", "--onevent", dir.toString())))
                .hasMessageContaining("is not an executable file");
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile", "p", "--onevent", " ")))
                .hasMessageContaining("--onevent needs the path of a program");
    }

    @Test
    void the_hardware_mixer_is_used_only_when_asked_for_and_the_profile_has_volume_control() throws Exception {
        AgentOptions hw = AgentOptions.parse(List.of("--profile", "p", "--mixer", "hardware"));
        assertThat(AgentSettings.of(AgentCommand.loadProfile("rpi-4"), hw).hardwareMixer()).isTrue();
        assertThat(AgentSettings.of(AgentCommand.loadProfile("rpi-4"), AgentOptions.parse(List.of("--profile", "p")))
                .hardwareMixer()).isFalse();
        assertThat(AgentSettings.of(AgentCommand.loadProfile("rpi-4"),
                AgentOptions.parse(List.of("--profile", "p", "--mixer", "software"))).hardwareMixer()).isFalse();
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile", "p", "--mixer", "loud")))
                .hasMessage("--mixer must be hardware or software, not \"loud\"");
        AgentSettings pipe = AgentSettings.of(AgentCommand.loadProfile("rpi-4"),
                AgentOptions.parse(List.of("--profile", "p", "--mixer", "hardware", "--sink", "pipe")));
        assertThat(AgentAssembly.hardwareVolume(pipe, io.tonearm.agent.Adapters.load(getClass().getClassLoader()))).isEmpty();
    }

    @Test
    void keep_offline_takes_track_uris_and_refuses_anything_else() throws Exception {
        AgentOptions o = AgentOptions.parse(List.of("--profile", "p", "--keep-offline",
                "tonearm:track:neon-harbor-01, tonearm:track:neon-harbor-02"));
        assertThat(o.keepOffline()).extracting(io.tonearm.agent.stream.TrackRef::id)
                .containsExactly("neon-harbor-01", "neon-harbor-02");
        assertThat(AgentOptions.parse(List.of("--profile", "p")).keepOffline()).isEmpty();
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile", "p", "--keep-offline", "tonearm:album:x")))
                .hasMessage("--keep-offline needs track uris (tonearm:track:ID), not \"tonearm:album:x\"");
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile", "p", "--keep-offline", "tonearm:track:a,")))
                .hasMessageStartingWith("--keep-offline needs track uris");
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile", "p", "--keep-offline",
                "tonearm:track:a,".repeat(1001)))).hasMessage("--keep-offline takes at most 1000 track uris");
    }

    @Test
    void bad_command_lines_are_usage_errors_that_say_what_is_wrong() {
        assertThatThrownBy(() -> AgentOptions.parse(List.of())).hasMessage("--profile is required");
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile"))).hasMessage("--profile needs a value");
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile", "p", "--colour", "red"))).hasMessage("unknown option --colour");
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile", "p", "--sink", "speaker")))
                .hasMessageContaining("--sink must be alsa, pipe, null or wav:FILE");
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile", "p", "--volume", "110")))
                .hasMessageContaining("--volume must be a whole number from 0 to 100");
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--profile", "p", "--id", "a/b#"))).hasMessageContaining("--id");
        assertThatThrownBy(() -> AgentOptions.parse(List.of("stray"))).hasMessageContaining("unexpected argument");
    }

    @Test
    void a_name_without_id_characters_still_gives_a_valid_id() throws Exception {
        assertThat(AgentOptions.parse(List.of("--profile", "p", "--name", "Küche ☕")).resolvedId("Küche ☕")).isEqualTo("k-che");
        assertThat(AgentOptions.parse(List.of("--profile", "p")).resolvedId("☕☕")).isEqualTo("device");
    }

    @Test
    void an_unknown_profile_exits_2_with_one_clear_line() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AgentCommand.run(List.of("--profile", "toaster"), new PrintStream(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("agent: profile toaster: no such profile");
    }

    @Test
    void a_coap_only_profile_reaches_the_hub_over_coap_and_hub_urls_pick_the_transport() throws Exception {
        AgentSettings coap = AgentSettings.of(AgentCommand.loadProfile("constrained-coap"),
                AgentOptions.parse(List.of("--profile", "p")));
        assertThat(coap.hubUrl()).isEqualTo("coap://127.0.0.1:5683");
        assertThat(AgentAssembly.transportFor(coap, io.tonearm.agent.time.TimeSource.SYSTEM, io.tonearm.agent.Adapters.load(getClass().getClassLoader())))
                .isInstanceOf(io.tonearm.agent.transport.coap.CoapHubTransport.class);
        AgentSettings mqtt = AgentSettings.of(AgentCommand.loadProfile("smart-speaker"),
                AgentOptions.parse(List.of("--profile", "p")));
        assertThat(AgentAssembly.transportFor(mqtt, io.tonearm.agent.time.TimeSource.SYSTEM, io.tonearm.agent.Adapters.load(getClass().getClassLoader())))
                .isInstanceOf(io.tonearm.agent.transport.mqtt.MqttHubTransport.class);
        AgentSettings byOption = AgentSettings.of(AgentCommand.loadProfile("smart-speaker"),
                AgentOptions.parse(List.of("--profile", "p", "--hub", "coap://10.0.0.2:5683")));
        assertThat(byOption.hubs().get(0).transport()).isEqualTo("coap");
    }

    @Test
    void coaps_and_unknown_hub_schemes_exit_2_with_one_clear_line() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AgentCommand.run(List.of("--profile", "constrained-coap", "--hub", "coaps://h:5684", "--sink", "null"),
                new PrintStream(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("agent: the hub coaps://h:5684 needs CoAP over DTLS (coaps), which this build"
                + " does not have; use coap://\n");
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertThat(AgentCommand.run(List.of("--profile", "smart-speaker", "--hub", "http://h", "--sink", "null"),
                new PrintStream(err2, true))).isEqualTo(2);
        assertThat(err2.toString()).startsWith("agent: --hub must be tcp://, ssl:// (MQTT) or coap://, coaps:// (CoAP)");
    }

    @Test
    void the_mqtt_url_and_the_profile_s_values_become_settings() throws Exception {
        AgentSettings s = AgentSettings.of(AgentCommand.loadProfile("rpi-zero-2w"), AgentOptions.parse(List.of("--profile", "p")));
        assertThat(s.hubUrl()).isEqualTo("tcp://127.0.0.1:1883");
        assertThat(s.type()).isEqualTo(DeviceType.BOARD);
        assertThat(s.maxQuality()).isEqualTo(Quality.KBPS_160);
        assertThat(s.chunkFrames()).isEqualTo(512);
        assertThat(s.bufferMs()).isEqualTo(300);
        assertThat(s.initialVolume()).isEqualTo(40);
        assertThat(s.sink().kind()).isEqualTo("alsa");
        assertThat(s.gaplessLeadMs()).isEqualTo(AgentCommand.loadProfile("rpi-zero-2w").streaming().gaplessLeadMs());
    }

    @Test
    void an_unreachable_hub_exits_1_naming_it() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AgentCommand.run(List.of("--profile", "smart-speaker", "--hub", "tcp://127.0.0.1:1", "--sink", "null"),
                new PrintStream(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("agent: cannot reach the hub at tcp://127.0.0.1:1");
    }
}
