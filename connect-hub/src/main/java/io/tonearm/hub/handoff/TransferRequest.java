package io.tonearm.hub.handoff;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of {@code PUT /v1/me/player} (Spotify's "Transfer Playback"):
 * {@code {"device_ids":["ID"],"play":true}}. Like Spotify, exactly one device id is accepted;
 * {@code play} false or absent keeps the current playing state.
 */
@Serdeable
public record TransferRequest(@JsonProperty("device_ids") @Nullable List<String> deviceIds, @Nullable Boolean play) {

    /** A checked request: the one target and whether it must play. */
    public record Checked(String deviceId, boolean play) {
    }

    /** @throws HandoffException (400) with a message for people */
    public static Checked parse(JsonMapper json, @Nullable String body) {
        if (body == null || body.isBlank()) {
            throw HandoffException.badRequest("Missing body: send {\"device_ids\":[\"ID\"]}");
        }
        TransferRequest request;
        try {
            request = json.readValue(body.getBytes(StandardCharsets.UTF_8), Argument.of(TransferRequest.class));
        } catch (IOException | RuntimeException e) {
            throw HandoffException.badRequest("Malformed JSON");
        }
        if (request == null || request.deviceIds() == null || request.deviceIds().isEmpty()) {
            throw HandoffException.badRequest("device_ids must hold one device id");
        }
        if (request.deviceIds().size() > 1) {
            throw HandoffException.badRequest("Only a single device_id is supported");
        }
        String id = request.deviceIds().get(0);
        if (id == null || id.isBlank()) {
            throw HandoffException.badRequest("device_ids[0] must be a device id");
        }
        return new Checked(id, Boolean.TRUE.equals(request.play()));
    }
}
