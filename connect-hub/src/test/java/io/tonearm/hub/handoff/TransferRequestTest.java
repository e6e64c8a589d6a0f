package io.tonearm.hub.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransferRequestTest {
    final JsonMapper json = JsonMapper.createDefault();

    @Test
    void reads_spotifys_body() {
        assertThat(TransferRequest.parse(json, "{\"device_ids\":[\"car\"],\"play\":true}"))
                .isEqualTo(new TransferRequest.Checked("car", true));
        assertThat(TransferRequest.parse(json, "{\"device_ids\":[\"car\"]}"))
                .isEqualTo(new TransferRequest.Checked("car", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "[]", "{\"device_ids\":[]}", "{\"device_ids\":[\"a\",\"b\"]}",
            "{\"device_ids\":[\"\"]}", "{\"device_ids\":[null]}", "{\"device_ids\":\"car\"}", "null"})
    void refuses_what_is_not_one_device_with_400(String body) {
        assertThatThrownBy(() -> TransferRequest.parse(json, body))
                .isInstanceOfSatisfying(HandoffException.class, e -> assertThat((Object) e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }
}
