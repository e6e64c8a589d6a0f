package io.tonearm.hub.player;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /v1/me/player}, with Spotify's field names. {@code item} is the control plane's track
 * object, or id, uri and duration from the device's report when the control plane is unreachable.
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
        @Nullable JsonNode item) {
}
