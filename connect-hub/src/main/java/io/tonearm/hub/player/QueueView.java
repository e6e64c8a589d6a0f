package io.tonearm.hub.player;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * {@code GET /v1/me/player/queue}, Spotify's shape: the current track and the tracks after it in the
 * active device's reported queue, at most {@link #MAX_ITEMS}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QueueView(
        @JsonProperty("currently_playing") @Nullable JsonNode currentlyPlaying,
        List<JsonNode> queue) {

    /** Spotify's queue endpoint shows up to 20 upcoming tracks; so does the hub (bounding catalog look-ups). */
    public static final int MAX_ITEMS = 20;

    static final QueueView EMPTY = new QueueView(null, List.of());

    public QueueView {
        queue = List.copyOf(queue);
    }
}
