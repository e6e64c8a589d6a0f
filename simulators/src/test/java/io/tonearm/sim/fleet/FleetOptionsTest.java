package io.tonearm.sim.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetOptionsTest {
    @Test
    void reads_the_options_with_defaults() {
        assertThat(FleetOptions.parse(List.of("--devices", "10000", "--rate", "1000", "--duration", "60")))
                .isEqualTo(new FleetOptions(10_000, 1000, 60));
        assertThat(FleetOptions.parse(List.of("--devices", "5"))).isEqualTo(new FleetOptions(5, 100, 30));
        assertThat(new FleetOptions(10_000, 1000, 60).users()).isEqualTo(1000);
        assertThat(new FleetOptions(5, 100, 30).users()).isEqualTo(1);
        assertThat(FleetOptions.parse(List.of("--devices", "100", "--users", "1")).users()).isEqualTo(1);
        assertThat(FleetOptions.reportPath(List.of("--devices", "5", "--report", "f.json"))).contains(Path.of("f.json"));
        assertThat(FleetOptions.reportPath(List.of("--devices", "5"))).isEmpty();
    }

    @Test
    void refuses_bad_values_naming_the_option() {
        assertThatThrownBy(() -> FleetOptions.parse(List.of())).hasMessageContaining("--devices is required");
        assertThatThrownBy(() -> FleetOptions.parse(List.of("--devices"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> FleetOptions.parse(List.of("--devices", "lots"))).hasMessageContaining("--devices must be a whole number");
        assertThatThrownBy(() -> FleetOptions.parse(List.of("--devices", "0"))).hasMessageContaining("--devices must be 1 to");
        assertThatThrownBy(() -> FleetOptions.parse(List.of("--devices", "99999999999"))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> FleetOptions.parse(List.of("--devices", "10", "--rate", "-1"))).hasMessageContaining("--rate");
        assertThatThrownBy(() -> FleetOptions.parse(List.of("--devices", "10", "--duration", "0"))).hasMessageContaining("--duration");
        assertThatThrownBy(() -> FleetOptions.parse(List.of("--devices", "10", "--users", "0"))).hasMessageContaining("--users must be 1 to");
        assertThatThrownBy(() -> FleetOptions.parse(List.of("--devices", "10", "--users", "11"))).hasMessageContaining("--users must be 1 to");
        assertThatThrownBy(() -> FleetOptions.parse(List.of("--devices", "10", "--turbo", "1"))).hasMessageContaining("unknown option --turbo");
        assertThatThrownBy(() -> FleetOptions.parse(List.of("--devices", "x".repeat(500)))).message().hasSizeLessThan(200);
    }
}
