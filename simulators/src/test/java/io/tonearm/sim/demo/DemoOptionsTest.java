package io.tonearm.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {

    @Test
    void reads_the_documented_options() {
        DemoOptions o = DemoOptions.parse(List.of("--headless", "--report", "r.json", "--duration", "30"));
        assertThat(o.headless()).isTrue();
        assertThat(o.report()).contains(Path.of("r.json"));
        assertThat(o.durationSeconds()).isEqualTo(30);
    }

    @Test
    void rejects_what_it_does_not_know() {
        assertThatThrownBy(() -> DemoOptions.parse(List.of("--loud"))).hasMessage("unknown option --loud");
        assertThatThrownBy(() -> DemoOptions.parse(List.of("--report"))).hasMessage("--report needs a value");
        assertThatThrownBy(() -> DemoOptions.parse(List.of("--duration", "soon"))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> DemoOptions.parse(List.of("--duration", "2"))).hasMessageContaining("10 to 3600");
    }
}
