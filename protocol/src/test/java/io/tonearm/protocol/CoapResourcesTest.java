package io.tonearm.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoapResourcesTest {

    @Test
    void builds_and_parses_device_resources() {
        assertThat(CoapResources.path("kitchen-1", Topics.Kind.COMMANDS)).isEqualTo("v1/d/kitchen-1/commands");
        assertThat(CoapResources.parse(List.of("v1", "d", "kitchen-1", "acks")))
                .contains(new Topics.DeviceTopic("kitchen-1", Topics.Kind.ACKS));
    }

    @Test
    void devices_post_everything_but_commands_which_they_observe() {
        assertThat(CoapResources.method(Topics.Kind.HELLO)).isEqualTo("POST");
        assertThat(CoapResources.method(Topics.Kind.PRESENCE)).isEqualTo("POST");
        assertThat(CoapResources.method(Topics.Kind.COMMANDS)).isEqualTo("GET");
        assertThat(CoapResources.resourceType(Topics.Kind.STATE)).isEqualTo("tonearm.v1.state");
    }

    @Test
    void content_format_is_in_the_experimental_range() {
        assertThat(CoapResources.CONTENT_FORMAT_PROTOBUF).isBetween(65000, 65535);
    }

    @Test
    void foreign_or_malformed_paths_do_not_parse() {
        assertThat(CoapResources.parse(List.of("v1", "d", "a"))).isEmpty();
        assertThat(CoapResources.parse(List.of("v2", "d", "a", "state"))).isEmpty();
        assertThat(CoapResources.parse(List.of("v1", "d", "a", "unknown"))).isEmpty();
        assertThat(CoapResources.parse(List.of("v1", "d", "a", "state", "x"))).isEmpty();
        assertThat(CoapResources.parse(List.of("v1", "d", "a/b", "state"))).isEmpty();
        assertThat(CoapResources.parse(List.of("v1", "d", "x".repeat(65), "state"))).isEmpty();
        assertThat(CoapResources.parse(List.of("v1", "d", "", "state"))).isEmpty();
        assertThat(CoapResources.parse(null)).isEmpty();
    }

    @Test
    void refuses_to_build_paths_for_invalid_ids() {
        assertThatThrownBy(() -> CoapResources.path("a/b", Topics.Kind.STATE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CoapResources.path("a", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
