package io.tonearm.hub.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeviceNamesTest {

    @Test
    void ordinary_names_in_any_script_are_accepted() {
        assertThat(DeviceNames.require("Kitchen")).isEqualTo("Kitchen");
        assertThat(DeviceNames.require("Küche 2")).isEqualTo("Küche 2");
        assertThat(DeviceNames.require("客厅")).isEqualTo("客厅");
        assertThat(DeviceNames.require("🎵".repeat(64))).as("64 code points, not chars").hasSize(128);
    }

    @Test
    void empty_padded_long_and_invisible_names_are_refused_with_a_reason() {
        assertThatThrownBy(() -> DeviceNames.require(null)).hasMessage("name must not be empty");
        assertThatThrownBy(() -> DeviceNames.require(" \t")).hasMessage("name must not be empty");
        assertThatThrownBy(() -> DeviceNames.require(" Den")).hasMessage("name must not start or end with spaces");
        assertThatThrownBy(() -> DeviceNames.require("x".repeat(65))).hasMessage("name must be at most 64 characters");
        for (String bad : new String[] {"a\u0000b", "a\nb", "evil\u202Eexe", "zero\u200Bwidth", "lone\uD800"}) {
            assertThatThrownBy(() -> DeviceNames.require(bad)).as(bad)
                    .hasMessage("name must not contain control or invisible characters");
        }
    }
}
