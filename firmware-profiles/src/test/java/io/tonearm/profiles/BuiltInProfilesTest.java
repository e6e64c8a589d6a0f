package io.tonearm.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuiltInProfilesTest {
    final ProfileLoader loader = new ProfileLoader();

    @Test
    void every_built_in_profile_loads_under_its_own_name() throws Exception {
        assertThat(ProfileLoader.BUILT_IN).contains("base", "smart-speaker", "car-headunit", "smart-tv", "rpi-zero-2w", "rpi-4",
                "constrained-coap");
        for (String name : ProfileLoader.BUILT_IN) {
            assertThat(loader.builtIn(name).name()).isEqualTo(name);
        }
    }

    @Test
    void every_built_in_profile_writes_yaml_that_loads_back_equal() throws Exception {
        for (String name : ProfileLoader.BUILT_IN) {
            Profile p = loader.builtIn(name);
            assertThat(loader.parse(name + "-shown.yaml", ProfileWriter.yaml(p))).isEqualTo(p);
        }
    }

    @Test
    void the_small_boards_have_the_smallest_budgets_and_device_flags() throws Exception {
        int smallest = Integer.MAX_VALUE;
        for (String name : ProfileLoader.BUILT_IN) {
            smallest = Math.min(smallest, loader.builtIn(name).jvm().memoryBudgetMb());
        }
        for (String name : List.of("rpi-zero-2w", "constrained-coap")) {
            Profile.Jvm jvm = loader.builtIn(name).jvm();
            assertThat(jvm.memoryBudgetMb()).isEqualTo(48).isEqualTo(smallest);
            assertThat(jvm.flags()).contains("-XX:+UseSerialGC", "-Xss256k", "-XX:TieredStopAtLevel=1", "-Xmx24m",
                    "-XX:MaxMetaspaceSize=24m", "-XX:ReservedCodeCacheSize=8m", "-XX:-UsePerfData", "-XX:CompileThresholdScaling=10");
        }
    }

    @Test
    void constrained_coap_speaks_coap_only_at_96_kbits() throws Exception {
        Profile p = loader.builtIn("constrained-coap");
        assertThat(p.hub().transports()).containsExactly(Profile.Transport.COAP);
        assertThat(p.hub().mqttUrl()).isEmpty();
        assertThat(p.hub().coapUrl()).contains("coap://127.0.0.1:5683");
        assertThat(p.streaming().maxQuality()).isEqualTo(96);
        assertThat(p.cache().sizeMb()).isZero();
    }

    @Test
    void the_raspberry_pis_have_a_gpio_map_and_the_others_none() throws Exception {
        for (String name : List.of("rpi-4", "rpi-zero-2w")) {
            Profile.Gpio g = loader.builtIn(name).gpio();
            assertThat(g.buttons().playPause()).isPresent();
            assertThat(g.rotaryEncoder().a()).isPresent();
            assertThat(g.leds().status()).isPresent();
        }
        for (String name : List.of("base", "smart-speaker", "car-headunit", "smart-tv", "constrained-coap")) {
            assertThat(loader.builtIn(name).gpio().isEmpty()).as(name).isTrue();
        }
    }

    @Test
    void each_product_keeps_its_character() throws Exception {
        assertThat(loader.builtIn("car-headunit").deviceType()).isEqualTo("car");
        assertThat(loader.builtIn("car-headunit").streaming().maxQuality()).isEqualTo(160);
        assertThat(loader.builtIn("car-headunit").capabilities().display()).isTrue();
        assertThat(loader.builtIn("smart-tv").audio().sampleRate()).isEqualTo(Optional.of(48000));
        assertThat(loader.builtIn("smart-speaker").capabilities().groups()).isTrue();
        assertThat(loader.builtIn("rpi-4").deviceType()).isEqualTo("board");
    }
}
