package io.tonearm.hub.player;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.tonearm.hub.session.PlaybackContext;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.WireLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code PUT /v1/me/player/play}, as in Spotify's Web API:
 * {@code {"context_uri":c} or {"uris":[...]}, "offset":{"position":i} | {"uri":u}, "position_ms":n}}.
 * Without either the request resumes the current playback. Unknown fields are ignored.
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

    /** A checked request: a context to resolve or a list of tracks, where to start, and at which position. */
    public record Checked(Optional<PlaybackContext> context, List<String> uris, Optional<Integer> offsetPosition,
            Optional<String> offsetUri, long positionMs) {

        /** The start index in {@code tracks} (the list or the resolved context), or a 400 saying why not. */
        public int startIndex(List<String> tracks) {
            if (offsetPosition.isPresent()) {
                if (offsetPosition.get() >= tracks.size()) {
                    throw PlayerException.badRequest("offset.position is outside "
                            + (context.isPresent() ? "the context" : "uris"));
                }
                return offsetPosition.get();
            }
            if (offsetUri.isPresent()) {
                int index = tracks.indexOf(offsetUri.get());
                if (index < 0) {
                    throw PlayerException.badRequest("offset.uri is not in " + (context.isPresent() ? "the context" : "uris"));
                }
                return index;
            }
            return 0;
        }
    }

    /**
     * Reads and checks a body; empty means "resume".
     *
     * @throws PlayerException (400) with a message for people
     */
    public static Optional<Checked> parse(JsonMapper json, @Nullable String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        PlayRequest request;
        try {
            request = json.readValue(body.getBytes(StandardCharsets.UTF_8), Argument.of(PlayRequest.class));
        } catch (IOException | RuntimeException e) {
            throw PlayerException.badRequest("Malformed JSON");
        }
        return request == null ? Optional.empty() : request.check();
    }

    Optional<Checked> check() {
        long position = positionMs == null ? 0 : positionMs;
        if (position < 0) {
            throw PlayerException.badRequest("position_ms must not be negative");
        }
        if (position > ControlParams.MAX_POSITION_MS) {
            throw PlayerException.badRequest("position_ms must be at most " + ControlParams.MAX_POSITION_MS);
        }
        if (contextUri != null && uris != null) {
            throw PlayerException.badRequest("send context_uri or uris, not both");
        }
        Optional<Integer> offsetPosition = Optional.empty();
        Optional<String> offsetUri = Optional.empty();
        if (offset != null) {
            if (contextUri == null && uris == null) {
                throw PlayerException.badRequest("offset needs context_uri or uris");
            }
            if (offset.position() != null && offset.uri() != null) {
                throw PlayerException.badRequest("offset needs position or uri, not both");
            }
            if (offset.position() != null) {
                if (offset.position() < 0) {
                    throw PlayerException.badRequest("offset.position must not be negative");
                }
                offsetPosition = Optional.of(offset.position());
            } else if (offset.uri() != null) {
                if (!WireCodec.TRACK_URI.matcher(offset.uri()).matches()) {
                    throw PlayerException.badRequest("offset.uri is not a track uri (tonearm:track:ID)");
                }
                offsetUri = Optional.of(offset.uri());
            } else {
                throw PlayerException.badRequest("offset needs position or uri");
            }
        }
        if (contextUri != null) {
            PlaybackContext context = PlaybackContext.parse(contextUri).orElseThrow(() -> PlayerException.badRequest(
                    "context_uri must be tonearm:album:ID or tonearm:playlist:ID"));
            return Optional.of(new Checked(Optional.of(context), List.of(), offsetPosition, offsetUri, position));
        }
        if (uris == null) {
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
        Checked checked = new Checked(Optional.empty(), uris, offsetPosition, offsetUri, position);
        checked.startIndex(uris);
        return Optional.of(checked);
    }
}
