package io.tonearm.agent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.agent.Adapters;
import io.tonearm.agent.Agent;
import io.tonearm.agent.sink.NullSink;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubTransport;
import io.tonearm.agent.transport.HubTransportFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentAssemblyTest {
    static final Adapters NONE = new Adapters(List.of(), List.of(), List.of());
    static final Adapters ON_CLASS_PATH = Adapters.load(AgentAssemblyTest.class.getClassLoader());

    static AgentSettings settings(String profile, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--profile", profile));
        all.addAll(List.of(args));
        return AgentSettings.of(AgentCommand.loadProfile(profile), AgentOptions.parse(all));
    }

    @Test
    void finds_the_adapters_on_the_class_path_by_name() {
        assertThat(ON_CLASS_PATH.transport("mqtt")).isPresent();
        assertThat(ON_CLASS_PATH.sink("alsa")).isPresent();
        assertThat(ON_CLASS_PATH.controls("gpio")).isPresent();
        assertThat(ON_CLASS_PATH.transport("carrier-pigeon")).isEmpty();
    }

    @Test
    void a_missing_transport_is_named_with_its_module() throws Exception {
        AgentSettings s = settings("smart-speaker");
        assertThatThrownBy(() -> AgentAssembly.assemble(s, new NullSink(TimeSource.SYSTEM), TimeSource.SYSTEM, NONE))
                .isInstanceOf(MissingAdapterException.class)
                .hasMessage("profile smart-speaker reaches the hub over mqtt (agent-transport-mqtt), and this agent has no such"
                        + " transport; it has: none");
    }

    @Test
    void the_first_transport_the_profile_lists_that_is_present_is_used() throws Exception {
        List<String> made = new ArrayList<>();
        HubTransportFactory coap = new HubTransportFactory() {
            @Override
            public String transport() {
                return "coap";
            }

            @Override
            public String module() {
                return "agent-transport-coap";
            }

            @Override
            public HubTransport create(String url, TimeSource time) {
                made.add(url);
                return ON_CLASS_PATH.transport("mqtt").orElseThrow().create("tcp://127.0.0.1:1", time);
            }
        };
        AgentSettings both = new AgentSettings("p", io.tonearm.agent.session.DeviceType.BOARD, "B", "b",
                List.of(new HubEndpoint("mqtt", "tcp://127.0.0.1:1"), new HubEndpoint("coap", "coap://127.0.0.1:5683")),
                "http://127.0.0.1:1", 50, 512, new AgentOptions.SinkSpec("null", java.util.Optional.empty()), "", 200,
                settings("rpi-4").capabilities(), settings("smart-speaker").gpio());

        Agent agent = AgentAssembly.assemble(both, new NullSink(TimeSource.SYSTEM), TimeSource.SYSTEM,
                new Adapters(List.of(coap), List.of(), List.of()));
        agent.close();

        assertThat(made).containsExactly("coap://127.0.0.1:5683");
    }

    @Test
    void a_missing_sink_or_controls_adapter_is_named() throws Exception {
        assertThatThrownBy(() -> AgentAssembly.sinkFor(settings("smart-speaker"), TimeSource.SYSTEM, NONE))
                .isInstanceOf(MissingAdapterException.class).hasMessageStartingWith("sink alsa needs its adapter (for alsa: agent-sink-javasound)");
        assertThat(AgentAssembly.sinkFor(settings("smart-speaker", "--sink", "null"), TimeSource.SYSTEM, NONE)).isInstanceOf(NullSink.class);
        AgentSettings pi = settings("rpi-4", "--sink", "null");
        Agent agent = AgentAssembly.assemble(pi, new NullSink(TimeSource.SYSTEM), TimeSource.SYSTEM, ON_CLASS_PATH);
        try {
            assertThatThrownBy(() -> AgentAssembly.controlsFor(pi, agent, TimeSource.SYSTEM, NONE))
                    .isInstanceOf(MissingAdapterException.class)
                    .hasMessageContaining("profile rpi-4 maps GPIO pins and needs the hardware controls adapter (agent-controls-pi4j)");
        } finally {
            agent.close();
        }
    }

    @Test
    void a_profile_without_gpio_gets_no_controls_even_without_the_adapter() throws Exception {
        AgentSettings s = settings("smart-tv", "--sink", "null");
        Agent agent = AgentAssembly.assemble(s, new NullSink(TimeSource.SYSTEM), TimeSource.SYSTEM, ON_CLASS_PATH);
        try {
            assertThat(AgentAssembly.controlsFor(s, agent, TimeSource.SYSTEM, NONE)).isEmpty();
        } finally {
            agent.close();
        }
    }

    @Test
    void the_profile_s_capabilities_and_gpio_map_become_settings() throws Exception {
        AgentSettings tv = settings("smart-tv");
        assertThat(tv.capabilities().display()).isTrue();
        assertThat(tv.capabilities().groups()).isTrue();
        assertThat(tv.capabilities().gapless()).isTrue();
        assertThat(tv.gpio().isEmpty()).isTrue();
        AgentSettings pi = settings("rpi-4");
        assertThat(pi.gpio().playPause()).contains(17);
        assertThat(pi.gpio().statusLed()).contains(12);
        assertThat(settings("car-headunit").capabilities().groups()).isFalse();
        assertThat(settings("constrained-coap").hubs()).containsExactly(new HubEndpoint("coap", "coap://127.0.0.1:5683"));
    }

    @Test
    void a_hub_url_picks_its_transport_by_scheme_and_refuses_others() {
        assertThat(HubEndpoint.fromUrl("tcp://h:1883").transport()).isEqualTo("mqtt");
        assertThat(HubEndpoint.fromUrl("ssl://h:8883").transport()).isEqualTo("mqtt");
        assertThat(HubEndpoint.fromUrl("coaps://h").transport()).isEqualTo("coap");
        for (String bad : List.of("http://h", "h:1883", "://h", "", "tcp:/h", "file:///etc/passwd")) {
            assertThatThrownBy(() -> HubEndpoint.fromUrl(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("--hub must be");
        }
        assertThatThrownBy(() -> HubEndpoint.fromUrl("x\n\u0007://evil")).hasMessageNotContaining("\n");
    }
}
