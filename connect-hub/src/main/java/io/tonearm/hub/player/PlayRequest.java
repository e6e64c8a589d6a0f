package io.tonearm.hub.player;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.tonearm.hub.device.DeviceCommand;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.WireLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code PUT /v1/me/player/play}, as in Spotify's Web API:
 * {@code {"uris":[...],"offset":{"position":i} | {"uri":u},"position_ms":n}}. Without uris the
 * request resumes the current playback. Unknown fields are ignored.
 */
@Serdeable
public record PlayRequest(
        @Nullable List<String> uris,
        @JsonProperty("position_ms") @Nullable Long positionMs,
        @Nullable Offset offset,
        @JsonProperty("context_uri") @Nullable String contextUri) {

    @Serdeable
    public record Offset(@Nullable Integer position, @Nullable String uri) {
    }

    /**
     * Reads and checks a body; empty means "resume".
     *
     * @throws PlayerException (400) with a message for people
     */
    public static Optional<DeviceCommand.Play> parse(JsonMapper json, @Nullable String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        PlayRequest request;
        try {
            request = json.readValue(body.getBytes(StandardCharsets.UTF_8), Argument.of(PlayRequest.class));
        } catch (IOException | RuntimeException e) {
            throw PlayerException.badRequest("Malformed JSON");
        }
        return request == null ? Optional.empty() : request.toCommand();
    }

    Optional<DeviceCommand.Play> toCommand() {
        long position = positionMs == null ? 0 : positionMs;
        if (position < 0) {
            throw PlayerException.badRequest("position_ms must not be negative");
        }
        if (contextUri != null) {
            throw PlayerException.badRequest("context_uri is not supported yet; send uris");
        }
        if (uris == null) {
            if (offset != null) {
                throw PlayerException.badRequest("offset needs uris");
            }
            return Optional.empty();
        }
        if (uris.isEmpty() || uris.size() > WireLimits.MAX_QUEUE) {
            throw PlayerException.badRequest("uris must hold 1 to " + WireLimits.MAX_QUEUE + " track uris");
        }
        for (int i = 0; i < uris.size(); i++) {
            if (uris.get(i) == null || !WireCodec.TRACK_URI.matcher(uris.get(i)).matches()) {
                throw PlayerException.badRequest("uris[" + i + "] is not a track uri (tonearm:track:ID)");
            }
        }
        return Optional.of(new DeviceCommand.Play(uris, startIndex(), position));
    }

    private int startIndex() {
        if (offset == null) {
            return 0;
        }
        if (offset.position() != null) {
            if (offset.position() < 0 || offset.position() >= uris.size()) {
                throw PlayerException.badRequest("offset.position is outside uris");
            }
            return offset.position();
        }
        if (offset.uri() != null) {
            int index = uris.indexOf(offset.uri());
            if (index < 0) {
                throw PlayerException.badRequest("offset.uri is not in uris");
            }
            return index;
        }
        throw PlayerException.badRequest("offset needs position or uri");
    }
}
