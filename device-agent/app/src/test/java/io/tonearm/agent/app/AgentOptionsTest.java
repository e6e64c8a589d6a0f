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
    void a_coap_only_profile_exits_2_naming_the_transport_module_it_lacks() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AgentCommand.run(List.of("--profile", "constrained-coap", "--sink", "null"), new PrintStream(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("agent: profile constrained-coap reaches the hub over coap (agent-transport-coap),"
                + " and this agent has no such transport; it has: mqtt transport (agent-transport-mqtt)").hasLineCount(1);
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
