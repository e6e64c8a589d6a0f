package io.tonearm.hub.player;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /v1/me/player/currently-playing}, Spotify's shape. {@code context} is always null: the
 * hub plays lists of uris, not contexts, yet. {@code item} as in {@link PlaybackView}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CurrentlyPlayingView(
        long timestamp,
        @Nullable JsonNode context,
        @JsonProperty("progress_ms") @Nullable Long progressMs,
        @JsonProperty("is_playing") boolean isPlaying,
        @Nullable JsonNode item,
        @JsonProperty("currently_playing_type") String currentlyPlayingType) {

    static CurrentlyPlayingView of(PlaybackView playback) {
        return new CurrentlyPlayingView(playback.timestamp(), null, playback.progressMs(), playback.isPlaying(),
                playback.item(), playback.currentlyPlayingType());
    }
}
