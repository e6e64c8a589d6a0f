package io.tonearm.agent.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.profiles.ProfileLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JarSelectionTest {
    static final List<Path> CLASS_PATH = List.of(Path.of("/r/agent-core-0.1.0-SNAPSHOT.jar"),
            Path.of("/r/org.eclipse.paho.mqttv5.client-1.2.5.jar"), Path.of("/r/agent-transport-mqtt-0.1.0-SNAPSHOT.jar"),
            Path.of("/r/protobuf-java-4.33.2.jar"), Path.of("/r/pi4j-core-2.8.0.jar"), Path.of("/r/pi4j-library-gpiod-2.8.0.jar"),
            Path.of("/r/agent-controls-pi4j-0.1.0-SNAPSHOT.jar"), Path.of("/r/californium-core-3.14.0.jar"),
            Path.of("/r/element-connector-3.14.0.jar"), Path.of("/r/agent-transport-coap-0.1.0-SNAPSHOT.jar"),
            Path.of("/r/agent-sink-javasound-0.1.0-SNAPSHOT.jar"), Path.of("/r/snakeyaml-2.4.jar"));

    static List<String> chosen(String profile) throws Exception {
        return JarSelection.choose(new ProfileLoader().builtIn(profile), CLASS_PATH).stream()
                .filter(JarSelection.Choice::included).map(JarSelection.Choice::artifact).toList();
    }

    @Test
    void names_jars_by_artifact_without_the_version() {
        assertThat(JarSelection.artifactOf(Path.of("/x/org.eclipse.paho.mqttv5.client-1.2.5.jar"))).isEqualTo("org.eclipse.paho.mqttv5.client");
        assertThat(JarSelection.artifactOf(Path.of("agent-core-0.1.0-SNAPSHOT.jar"))).isEqualTo("agent-core");
        assertThat(JarSelection.artifactOf(Path.of("pi4j-library-gpiod-2.8.0.jar"))).isEqualTo("pi4j-library-gpiod");
        assertThat(JarSelection.artifactOf(Path.of("unversioned.jar"))).isEqualTo("unversioned");
        assertThat(JarSelection.artifactOf(Path.of("-1.jar"))).isEqualTo("-1");
    }

    @Test
    void a_coap_only_device_gets_no_paho_and_no_pi4j() throws Exception {
        assertThat(chosen("constrained-coap")).containsExactly("agent-core", "protobuf-java", "californium-core", "element-connector",
                "agent-transport-coap", "agent-sink-javasound", "snakeyaml");
    }

    @Test
    void a_board_with_gpio_gets_pi4j_and_a_speaker_does_not() throws Exception {
        assertThat(chosen("rpi-4")).contains("pi4j-core", "pi4j-library-gpiod", "agent-controls-pi4j", "org.eclipse.paho.mqttv5.client")
                .doesNotContain("californium-core");
        assertThat(chosen("smart-speaker")).doesNotContain("pi4j-core", "agent-controls-pi4j", "agent-transport-coap");
    }

    @Test
    void refuses_a_classes_directory_on_the_class_path() {
        assertThatThrownBy(() -> JarSelection.choose(new ProfileLoader().builtIn("rpi-4"), List.of(Path.of("/r/target/classes"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a jar");
    }
}
