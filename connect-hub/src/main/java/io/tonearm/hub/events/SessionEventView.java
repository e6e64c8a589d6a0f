package io.tonearm.hub.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.tonearm.hub.session.PlaybackContext;
import io.tonearm.hub.session.PlaybackSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The data of one {@code session} event: the session as it is after a change, with Spotify's names
 * where Spotify has one. {@code progress_ms} was the position at {@code timestamp} (epoch ms).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SessionEventView(
        long version,
        @JsonProperty("device_id") @Nullable String deviceId,
        @JsonProperty("is_playing") boolean isPlaying,
        @JsonProperty("progress_ms") long progressMs,
        long timestamp,
        @JsonProperty("shuffle_state") boolean shuffleState,
        @JsonProperty("repeat_state") String repeatState,
        @JsonProperty("context_uri") @Nullable String contextUri,
        @JsonProperty("item_uri") @Nullable String itemUri,
        @JsonProperty("queue_length") int queueLength,
        @JsonProperty("volumes") Map<String, Integer> volumes) {

    static SessionEventView of(PlaybackSession s, Instant now) {
        List<String> next = s.upNext();
        return new SessionEventView(s.version(), s.activeDeviceId().orElse(null), s.playing(), s.positionAt(now),
                now.toEpochMilli(), s.shuffle(), s.repeat().spotifyName(),
                s.context().map(PlaybackContext::uri).orElse(null), s.currentTrack().orElse(null), next.size(),
                s.volumes());
    }
}
