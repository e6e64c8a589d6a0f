package io.tonearm.profiles;

import static io.tonearm.profiles.Profiles.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Good and broken values of each key the schema gained with transports, JVM, cache, GPIO and capabilities. */
class SchemaKeysTest {
    final ProfileLoader loader = new ProfileLoader();

    static final String AUDIO = "audio: {sink: pipe, device: \"\", buffer-ms: 200, initial-volume: 40";
    static final String STREAMING = "streaming: {max-quality: 160, chunk-frames: 1024";
    static final String JVM = "jvm: {memory-budget-mb: 64, flags: ";
    static final String CAPS = "capabilities: {volume-control: true, hardware-volume: false, display: false";

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of(with("hub", "hub: {transports: [], mqtt-url: \"tcp://h:1883\"}"),
                        "hub.transports: expected at least one of mqtt, coap, found an empty list"),
                Arguments.of(with("hub", "hub: {transports: mqtt, mqtt-url: \"tcp://h:1883\"}"),
                        "hub.transports: expected a list, found \"mqtt\""),
                Arguments.of(with("hub", "hub: {transports: [mqtt, http], mqtt-url: \"tcp://h:1883\"}"),
                        "hub.transports[1]: expected mqtt or coap, found \"http\""),
                Arguments.of(with("hub", "hub: {transports: [mqtt, mqtt], mqtt-url: \"tcp://h:1883\"}"),
                        "hub.transports[1]: expected each transport once, found \"mqtt\" again"),
                Arguments.of(with("hub", "hub: {transports: [mqtt, coap, mqtt, coap, mqtt, coap, mqtt, coap, mqtt], mqtt-url: x}"),
                        "hub.transports: expected at most 8 items, found 9 items"),
                Arguments.of(with("hub", "hub: {transports: [coap], coap-url: \"coap://h:5683\", mqtt-url: \"tcp://h:1883\"}"),
                        "hub.mqtt-url: expected no mqtt-url (hub.transports does not list mqtt"),
                Arguments.of(with("hub", "hub: {transports: [mqtt]}"),
                        "hub.mqtt-url: expected a value, found nothing (the key is missing)"),
                Arguments.of(with("hub", "hub: {transports: [mqtt, coap], mqtt-url: \"tcp://h:1883\"}"),
                        "hub.coap-url: expected a value, found nothing (the key is missing)"),
                Arguments.of(with("hub", "hub: {transports: [mqtt], mqtt-url: \"http://h:1883\"}"),
                        "hub.mqtt-url: expected text matching tcp://"),
                Arguments.of(with("hub", "hub: {transports: [coap], coap-url: \"coap://h:5683/$(reboot)\"}"),
                        "hub.coap-url: expected text matching coaps?://"),
                Arguments.of(with("audio", AUDIO + ", sample-rate: 7999}"),
                        "audio.sample-rate: expected a whole number from 8000 to 192000, found 7999"),
                Arguments.of(with("audio", AUDIO + ", sample-rate: 192001}"), "audio.sample-rate: expected a whole number"),
                Arguments.of(with("audio", AUDIO + ", sample-rate: \"48000\"}"), "audio.sample-rate: expected a whole number from 8000 to 192000, found \"48000\""),
                Arguments.of(with("audio", AUDIO + ", sample-rate: 44100.0}"), "audio.sample-rate: expected a whole number from 8000 to 192000, found 44100.0"),
                Arguments.of(with("streaming", STREAMING + ", read-ahead-kb: 8, gapless-lead-ms: 0}"),
                        "streaming.read-ahead-kb: expected a whole number from 16 to 65536, found 8"),
                Arguments.of(with("streaming", STREAMING + ", read-ahead-kb: 64, gapless-lead-ms: -1}"),
                        "streaming.gapless-lead-ms: expected a whole number from 0 to 30000, found -1"),
                Arguments.of(with("streaming", STREAMING + ", read-ahead-kb: 64}"),
                        "streaming.gapless-lead-ms: expected a value, found nothing (the key is missing)"),
                Arguments.of(with("cache", "cache: {size-mb: -1}"), "cache.size-mb: expected a whole number from 0 to 1048576, found -1"),
                Arguments.of(with("cache", "cache: {size-mb: 99999999999}"), "cache.size-mb: expected a whole number from 0 to 1048576, found 99999999999"),
                Arguments.of(with("cache", "cache: {size-mb: 1, size-gb: 1}"), "cache.size-gb: expected no such key"),
                Arguments.of(with("jvm", JVM + "-Xmx32m}"), "jvm.flags: expected a list, found \"-Xmx32m\""),
                Arguments.of(with("jvm", JVM + "[-Xmx32m, 7]}"), "jvm.flags[1]: expected a JVM flag starting with -X, -XX: or -D"),
                Arguments.of(with("jvm", JVM + "[--add-opens=java.base/java.lang=ALL-UNNAMED]}"), "jvm.flags[0]: expected a JVM flag"),
                Arguments.of(with("jvm", JVM + "[-javaagent:evil.jar]}"), "jvm.flags[0]: expected a JVM flag"),
                Arguments.of(with("jvm", JVM + "[\"-Dx=1; rm -rf ~\"]}"), "jvm.flags[0]: expected a JVM flag"),
                Arguments.of(with("jvm", JVM + "[\"-Dx=$(id)\"]}"), "jvm.flags[0]: expected a JVM flag"),
                Arguments.of(with("jvm", JVM + "[\"-Dx=`id`\"]}"), "jvm.flags[0]: expected a JVM flag"),
                Arguments.of(with("jvm", JVM + "[\"-Xmx32m\\n-Dy=2\"]}"), "jvm.flags[0]: expected a JVM flag"),
                Arguments.of(with("jvm", JVM + "[\"-Xmx32m -Xss1m\"]}"), "jvm.flags[0]: expected a JVM flag"),
                Arguments.of(with("jvm", JVM + "[\"-D*=?\"]}"), "jvm.flags[0]: expected a JVM flag"),
                Arguments.of(with("jvm", JVM + "[\"\"]}"), "jvm.flags[0]: expected a JVM flag"),
                Arguments.of(with("jvm", JVM + "[-XX:OnOutOfMemoryError=/tmp/x]}"), "jvm.flags[0]: expected a flag that neither runs commands nor loads code (-XX:OnOutOfMemoryError does)"),
                Arguments.of(with("jvm", JVM + "[-XX:OnError=/tmp/x]}"), "(-XX:OnError does)"),
                Arguments.of(with("jvm", JVM + "[-Xbootclasspath/a:/tmp/x.jar]}"), "(-Xbootclasspath does)"),
                Arguments.of(with("jvm", JVM + "[-XX:VMOptionsFile=/tmp/o]}"), "(-XX:VMOptionsFile does)"),
                Arguments.of(with("jvm", JVM + "[-Djava.system.class.loader=Evil]}"), "(-Djava.system.class.loader does)"),
                Arguments.of(with("jvm", JVM + "[-Xmx64m]}"), "jvm.flags[0]: expected a heap below jvm.memory-budget-mb (64 MB), found \"-Xmx64m\""),
                Arguments.of(with("jvm", JVM + "[-Xmx1g]}"), "expected a heap below jvm.memory-budget-mb (64 MB), found \"-Xmx1g\""),
                Arguments.of(with("jvm", JVM + "[-Xmx67108864]}"), "expected a heap below jvm.memory-budget-mb (64 MB), found \"-Xmx67108864\""),
                Arguments.of(with("jvm", "jvm: {memory-budget-mb: 8, flags: []}"), "jvm.memory-budget-mb: expected a whole number from 16 to 65536, found 8"),
                Arguments.of(with("jvm", "jvm: {flags: []}"), "jvm.memory-budget-mb: expected a value, found nothing (the key is missing)"),
                Arguments.of(with("jvm", JVM + "[" + "-Xss1m, ".repeat(33) + "]}"), "jvm.flags: expected at most 32 items, found 33 items"),
                Arguments.of(with("capabilities", CAPS + "}"), "capabilities.groups: expected a value, found nothing (the key is missing)"),
                Arguments.of(with("capabilities", CAPS + ", groups: yes please}"), "capabilities.groups: expected true or false, found \"yes please\""),
                Arguments.of(with("capabilities", CAPS + ", groups: 1}"), "capabilities.groups: expected true or false, found 1"),
                Arguments.of(with("capabilities", "capabilities: {volume-control: true, display: false, groups: true}"),
                        "capabilities.hardware-volume: expected a value, found nothing (the key is missing)"),
                Arguments.of(with("capabilities", "capabilities: {volume-control: true, hardware-volume: \"false\", display: false, groups: true}"),
                        "capabilities.hardware-volume: expected true or false, found \"false\""),
                Arguments.of(with("capabilities", CAPS + ", groups: true, radio: true}"), "capabilities.radio: expected no such key"),
                Arguments.of(with("gpio", "gpio: {buttons: {play-pause: 28}}"), "gpio.buttons.play-pause: expected a whole number from 0 to 27, found 28"),
                Arguments.of(with("gpio", "gpio: {buttons: {next: -1}}"), "gpio.buttons.next: expected a whole number from 0 to 27, found -1"),
                Arguments.of(with("gpio", "gpio: {buttons: {previous: GPIO17}}"), "gpio.buttons.previous: expected a whole number from 0 to 27, found \"GPIO17\""),
                Arguments.of(with("gpio", "gpio: {buttons: {stop: 4}}"), "gpio.buttons.stop: expected no such key"),
                Arguments.of(with("gpio", "gpio: {buttons: [17]}"), "gpio.buttons: expected a mapping, found a list"),
                Arguments.of(with("gpio", "gpio: {buzzer: {pin: 4}}"), "gpio.buzzer: expected no such key"),
                Arguments.of(with("gpio", "gpio: 17"), "gpio: expected a mapping, found 17"),
                Arguments.of(with("gpio", "gpio: {buttons: {play-pause: 17}, leds: {status: 17}}"),
                        "gpio.leds.status: expected a BCM pin no other gpio key uses, found 17, already gpio.buttons.play-pause"),
                Arguments.of(with("gpio", "gpio: {rotary-encoder: {a: 5, b: 5}}"), "gpio.rotary-encoder.b: expected a BCM pin no other gpio key uses, found 5, already gpio.rotary-encoder.a"),
                Arguments.of(with("gpio", "gpio: {rotary-encoder: {a: 5, button: 6}}"), "gpio.rotary-encoder.b: expected a pin (an encoder needs both a and b), found nothing (the key is missing)"),
                Arguments.of(with("gpio", "gpio: {rotary-encoder: {b: 5}}"), "gpio.rotary-encoder.a: expected a pin (an encoder needs both a and b)"),
                Arguments.of(with("gpio", "gpio: {leds: {status: 12, power: 13}}"), "gpio.leds.power: expected no such key"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void a_broken_value_names_the_file_the_key_path_what_was_expected_and_found(String yaml, String message) {
        assertThatThrownBy(() -> loader.parse("t.yaml", yaml)).isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("t.yaml: ").hasMessageContaining(message);
    }

    @Test
    void both_transports_need_both_urls() throws Exception {
        Profile p = loader.parse("t.yaml", with("hub", "hub: {transports: [coap, mqtt], mqtt-url: \"tcp://h:1883\", "
                + "coap-url: \"coaps://h.example\"}"));
        assertThat(p.hub().transports()).containsExactly(Profile.Transport.COAP, Profile.Transport.MQTT);
        assertThat(p.hub().coapUrl()).contains("coaps://h.example");
        Profile coap = loader.parse("t.yaml", with("hub", "hub: {transports: [coap], coap-url: \"coap://10.0.0.1:5683\"}"));
        assertThat(coap.hub().mqttUrl()).isEmpty();
    }

    @Test
    void sample_rate_is_optional() throws Exception {
        assertThat(loader.parse("t.yaml", Profiles.GOOD).audio().sampleRate()).isEmpty();
        assertThat(loader.parse("t.yaml", with("audio", AUDIO + ", sample-rate: 8000}")).audio().sampleRate()).contains(8000);
        assertThat(loader.parse("t.yaml", with("audio", AUDIO + ", sample-rate: 192000}")).audio().sampleRate()).contains(192000);
    }

    @Test
    void streaming_cache_and_jvm_take_their_bounds() throws Exception {
        Profile p = loader.parse("t.yaml", with(with("streaming", STREAMING + ", read-ahead-kb: 16, gapless-lead-ms: 30000}"),
                "cache", "cache: {size-mb: 0}"));
        assertThat(p.streaming().readAheadKb()).isEqualTo(16);
        assertThat(p.streaming().gaplessLeadMs()).isEqualTo(30000);
        assertThat(p.cache().sizeMb()).isZero();
        Profile j = loader.parse("t.yaml", with("jvm", JVM + "[-XX:+UseSerialGC, -Xss256k, -XX:TieredStopAtLevel=1, -Xmx63m, "
                + "-XX:MaxMetaspaceSize=24m, -Dtonearm.x=a/b:c, -Xshare:auto, -XX:-UsePerfData]}"));
        assertThat(j.jvm().flags()).hasSize(8).contains("-Dtonearm.x=a/b:c", "-XX:-UsePerfData");
        assertThat(loader.parse("t.yaml", with("jvm", JVM + "[]}")).jvm().flags()).isEmpty();
    }

    @Test
    void a_full_gpio_map_reads_and_every_group_is_optional() throws Exception {
        Profile p = loader.parse("t.yaml", with("gpio", "gpio: {buttons: {play-pause: 17, next: 27, previous: 22}, "
                + "rotary-encoder: {a: 5, b: 6, button: 13}, leds: {status: 0}}"));
        assertThat(p.gpio().buttons()).isEqualTo(new Profile.Buttons(Optional.of(17), Optional.of(27), Optional.of(22)));
        assertThat(p.gpio().rotaryEncoder()).isEqualTo(new Profile.RotaryEncoder(Optional.of(5), Optional.of(6), Optional.of(13)));
        assertThat(p.gpio().leds().status()).contains(0);
        Profile only = loader.parse("t.yaml", with("gpio", "gpio: {leds: {status: 4}}"));
        assertThat(only.gpio().buttons().playPause()).isEmpty();
        assertThat(loader.parse("t.yaml", with("gpio", "gpio: {}")).gpio().isEmpty()).isTrue();
        assertThat(List.of(p.gpio().isEmpty(), only.gpio().isEmpty())).containsExactly(false, false);
    }
}
