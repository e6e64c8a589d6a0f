package io.tonearm.hub.player;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /v1/me/player/currently-playing}, Spotify's shape. {@code context} and {@code item} as in
 * {@link PlaybackView}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CurrentlyPlayingView(
        long timestamp,
        @Nullable PlaybackView.ContextView context,
        @JsonProperty("progress_ms") @Nullable Long progressMs,
        @JsonProperty("is_playing") boolean isPlaying,
        @Nullable JsonNode item,
        @JsonProperty("currently_playing_type") String currentlyPlayingType) {

    static CurrentlyPlayingView of(PlaybackView playback) {
        return new CurrentlyPlayingView(playback.timestamp(), playback.context(), playback.progressMs(), playback.isPlaying(),
                playback.item(), playback.currentlyPlayingType());
    }
}
