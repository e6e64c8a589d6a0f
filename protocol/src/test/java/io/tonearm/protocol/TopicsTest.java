package io.tonearm.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void builds_and_parses_device_topics() {
        String t = Topics.of("kitchen-1", Topics.Kind.STATE);
        assertThat(t).isEqualTo("tonearm/v1/devices/kitchen-1/state");
        assertThat(Topics.parse(t)).contains(new Topics.DeviceTopic("kitchen-1", Topics.Kind.STATE));
    }

    @Test
    void filters_for_all_devices_and_hub_shares() {
        assertThat(Topics.allDevices(Topics.Kind.EVENTS)).isEqualTo("tonearm/v1/devices/+/events");
        assertThat(Topics.sharedByHubs(Topics.Kind.EVENTS)).isEqualTo("$share/hub/tonearm/v1/devices/+/events");
    }

    @Test
    void foreign_or_malformed_topics_do_not_parse() {
        assertThat(Topics.parse("other/v1/devices/a/state")).isEmpty();
        assertThat(Topics.parse("tonearm/v1/devices/a/unknown")).isEmpty();
        assertThat(Topics.parse("tonearm/v1/devices/a/state/extra")).isEmpty();
        assertThat(Topics.parse("tonearm/v1/devices//state")).isEmpty();
        assertThat(Topics.parse("tonearm/v1/devices/" + "x".repeat(65) + "/state")).isEmpty();
        assertThat(Topics.parse(null)).isEmpty();
    }

    @Test
    void refuses_device_ids_with_topic_wildcards() {
        assertThatThrownBy(() -> Topics.of("a+b", Topics.Kind.HELLO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.of("a#", Topics.Kind.HELLO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_hello_presence_and_state_are_retained() {
        assertThat(Topics.Kind.HELLO.retained()).isTrue();
        assertThat(Topics.Kind.STATE.retained()).isTrue();
        assertThat(Topics.Kind.EVENTS.retained()).isFalse();
        assertThat(Topics.Kind.COMMANDS.fromDevice()).isFalse();
    }

    @Test
    void device_id_check_accepts_exactly_what_the_contract_pattern_matches() {
        String sixtyFour = "a".repeat(64);
        String[] ids = {"fleet-00001", "a", "A.b_c-9", sixtyFour, sixtyFour + "a", "", "a/b", "a+b", "#", "a b",
            "caf\u00e9", "\u0661\u0662", "a\u0000", "a\n", "\uD83D\uDE00", "\uFF21", "ok\u212A", "tab\there"};
        for (String id : ids) {
            assertThat(Topics.isValidDeviceId(id)).as("%s", id).isEqualTo(Topics.DEVICE_ID.matcher(id).matches());
        }
        for (char c = 0; c < 0x3000; c++) {
            String id = "x" + c;
            assertThat(Topics.isValidDeviceId(id)).as("char %d", (int) c).isEqualTo(Topics.DEVICE_ID.matcher(id).matches());
        }
        assertThat(Topics.isValidDeviceId(null)).isFalse();
        assertThat(Topics.parse("tonearm/v1/devices/" + sixtyFour + "a/state")).isEmpty();
        assertThat(Topics.parse("tonearm/v1/devices/caf\u00e9/state")).isEmpty();
    }
}
