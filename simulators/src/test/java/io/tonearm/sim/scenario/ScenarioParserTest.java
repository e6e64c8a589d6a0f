package io.tonearm.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.session.PlaybackStatus;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioParserTest {
    static final String DEVICES = "devices:\n  - {name: Kitchen}\n";

    static Scenario parse(String yaml) throws ScenarioException {
        return ScenarioParser.parse(yaml);
    }

    @Test
    void reads_every_step_kind() throws ScenarioException {
        Scenario s = parse("""
                name: everything
                devices:
                  - {name: Kitchen, type: speaker, transport: mqtt, sink_buffer_ms: 200, sink_start_ms: 30}
                  - {name: Car, type: car, transport: coap, link: {rtt_ms: 50, kbit_s: 10000, loss: 0.02, jitter_ms: 5}}
                steps:
                  - play: {device: Kitchen, tracks: 2, position_ms: 1000}
                  - hear: {device: Kitchen, ms: 500}
                  - pause
                  - resume
                  - next
                  - previous
                  - seek: 10000
                  - transfer: Car
                  - degrade: {device: Car, rtt_ms: 200, loss: 0.1}
                  - disconnect: Car
                  - restart: broker
                  - say: pause the music
                  - say: {text: play it in the garage, outcome: unknown_device}
                  - sleep_ms: 250
                  - intent: {intent: play, query: glass skyline, device: kitchen}
                  - expect: {device: Car, status: playing, queue_index: 1, min_position_ms: 3000, within_ms: 4000}
                expect: {underruns: 0, handoff_gap_ms: 500, reconnect_ms: 10000}
                known_issue: the hub forgets sessions
                """);
        assertThat(s.devices()).hasSize(2);
        Scenario.DeviceSpec car = s.devices().get(1);
        assertThat(car.type()).isEqualTo(DeviceType.CAR);
        assertThat(car.sinkBufferMs()).isEqualTo(Scenario.DeviceSpec.DEFAULT_SINK_BUFFER_MS);
        assertThat(s.devices().get(0).sinkBufferMs()).isEqualTo(200);
        assertThat(s.devices().get(0).sinkStartMs()).isEqualTo(30);
        assertThat(car.sinkStartMs()).isZero();
        assertThat(car.transport()).isEqualTo(Scenario.Transport.COAP);
        assertThat(car.link().orElseThrow().latency()).isEqualTo(Duration.ofMillis(25));
        assertThat(car.link().orElseThrow().bitsPerSecond()).isEqualTo(10_000_000);
        assertThat(s.steps()).hasSize(16);
        assertThat(s.steps().get(14)).isEqualTo(new Step.Intent("play", Optional.of("glass skyline"), Optional.of("kitchen"), "done"));
        assertThat(s.steps().get(0)).isEqualTo(new Step.Play("Kitchen", 2, 1000));
        assertThat(s.steps().get(2)).isEqualTo(new Step.Control(Step.Control.Kind.PAUSE));
        assertThat(s.steps().get(6)).isEqualTo(new Step.Seek(10000));
        assertThat(s.steps().get(10)).isEqualTo(new Step.Restart(Step.Restart.Target.BROKER));
        assertThat(s.steps().get(11)).isEqualTo(new Step.Say("pause the music", "done"));
        assertThat(s.steps().get(12)).isEqualTo(new Step.Say("play it in the garage", "unknown_device"));
        assertThat(s.steps().get(15)).isEqualTo(new Step.Expect("Car", PlaybackStatus.PLAYING, Optional.of(1), Optional.of(3000L),
                Duration.ofMillis(4000)));
        assertThat(s.expect().maxUnderruns()).isZero();
        assertThat(s.expect().maxHandoffGapMs()).contains(500L);
        assertThat(s.knownIssue()).contains("the hub forgets sessions");
    }

    @Test
    void names_the_key_of_each_mistake() {
        assertThatThrownBy(() -> parse("name: x\n" + DEVICES + "steps:\n  - play: {device: Kitchen, tracks: 0}\n"))
                .hasMessageContaining("steps[0].play.tracks");
        assertThatThrownBy(() -> parse("name: x\n" + DEVICES + "steps:\n  - play: {device: Garage}\n"))
                .hasMessageContaining("steps[0]").hasMessageContaining("Garage");
        assertThatThrownBy(() -> parse("name: x\n" + DEVICES + "steps:\n  - dance\n")).hasMessageContaining("unknown step \"dance\"");
        assertThatThrownBy(() -> parse("name: x\n" + DEVICES + "steps:\n  - seek: soon\n")).hasMessageContaining("steps[0].seek");
        assertThatThrownBy(() -> parse("name: x\n" + DEVICES + "steps:\n  - expect: {device: Kitchen, status: dancing}\n"))
                .hasMessageContaining("steps[0].expect.status");
        assertThatThrownBy(() -> parse("name: x\n" + DEVICES + "steps: []\nexpect: {underuns: 0}\n"))
                .hasMessageContaining("unknown key \"underuns\"");
        assertThatThrownBy(() -> parse("name: x\ndevices:\n  - {name: K, link: {loss: 2}}\nsteps: []\n"))
                .hasMessageContaining("devices[0].link.loss");
        assertThatThrownBy(() -> parse("name: x\ndevices:\n  - {name: K}\n  - {name: K}\nsteps: []\n"))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> parse("name: x\ndevices: []\nsteps: []\n")).hasMessageContaining("at least one device");
        assertThatThrownBy(() -> parse("name: x\n" + DEVICES + "steps:\n  - {pause: 1, next: 2}\n")).hasMessageContaining("one key");
        assertThatThrownBy(() -> parse("name: x\n" + DEVICES + "steps:\n  - intent: {intent: \"DROP TABLE\"}\n"))
                .hasMessageContaining("intent");
        assertThatThrownBy(() -> parse("name: x\n" + DEVICES + "steps:\n  - intent: {query: jazz}\n"))
                .hasMessageContaining("steps[0].intent.intent is required");
    }

    @Test
    void refuses_hostile_yaml() {
        assertThatThrownBy(() -> parse("!!java.net.URL [http://example.com]")).isInstanceOf(ScenarioException.class);
        String bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
        assertThatThrownBy(() -> parse(bomb)).isInstanceOf(ScenarioException.class);
        assertThatThrownBy(() -> parse("x".repeat(ScenarioParser.MAX_CHARS + 1))).hasMessageContaining("at most");
        assertThatThrownBy(() -> parse("[".repeat(100))).isInstanceOf(ScenarioException.class);
        assertThatThrownBy(() -> parse("name: x\nname: y\n" + DEVICES + "steps: []\n")).isInstanceOf(ScenarioException.class);
        assertThatThrownBy(() -> parse("")).isInstanceOf(ScenarioException.class);
        assertThatThrownBy(() -> parse("- just\n- a list\n")).hasMessageContaining("mapping");
        assertThatThrownBy(() -> parse("name: x\n" + DEVICES + "steps:\n  - \"\\u0007\\u001b[31m\"\n"))
                .hasMessageNotContaining("\u001b");
        assertThatThrownBy(() -> parse("name: x\ndevices:\n  - {name: \"../../etc\"}\nsteps: []\n")).hasMessageContaining("device name");
    }

    @Test
    void a_sink_buffer_outside_its_bounds_or_not_a_number_is_refused_naming_the_key() {
        for (String bad : new String[] {"0", "19", "1001", "-5", "lots", "2.5"}) {
            assertThatThrownBy(() -> parse("name: x\ndevices:\n  - {name: K, sink_buffer_ms: " + bad + "}\nsteps: [pause]\n"))
                    .as(bad).isInstanceOf(ScenarioException.class).hasMessageContaining("sink_buffer_ms");
        }
        for (String bad : new String[] {"-1", "201", "soon"}) {
            assertThatThrownBy(() -> parse("name: x\ndevices:\n  - {name: K, sink_buffer_ms: 500, sink_start_ms: " + bad + "}\nsteps: [pause]\n"))
                    .as(bad).isInstanceOf(ScenarioException.class).hasMessageContaining("sink_start_ms");
        }
        assertThatThrownBy(() -> parse("name: x\ndevices:\n  - {name: K, sink_start_ms: 60}\nsteps: [pause]\n"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("sink_start_ms");
    }
}
