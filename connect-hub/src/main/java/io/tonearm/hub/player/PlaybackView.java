package io.tonearm.hub.player;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * {@code GET /v1/me/player}, with Spotify's field names. {@code item} is the control plane's track
 * object, or id, uri and duration from the device's report when the control plane is unreachable.
 * {@code context} is null when the session plays a list of uris. {@code actions.disallows} names the
 * actions that are not possible now (Spotify lists only the disallowed ones, each {@code true}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlaybackView(
        DeviceView device,
        @JsonProperty("is_playing") boolean isPlaying,
        @JsonProperty("progress_ms") @Nullable Long progressMs,
        long timestamp,
        @JsonProperty("currently_playing_type") String currentlyPlayingType,
        @JsonProperty("shuffle_state") boolean shuffleState,
        @JsonProperty("repeat_state") String repeatState,
        @Nullable JsonNode item,
        @Nullable ContextView context,
        Actions actions) {

    /** Spotify's context object: type, uri and the API href of the album or playlist. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ContextView(String type, String uri, String href) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Actions(Map<String, Boolean> disallows) {
        public Actions {
            disallows = Map.copyOf(disallows);
        }
    }
}
