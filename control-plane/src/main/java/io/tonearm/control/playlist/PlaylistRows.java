package io.tonearm.control.playlist;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** Table rows of {@code V3__playlists.sql}; they stay in this package. */
final class PlaylistRows {

    private PlaylistRows() {
    }

    @MappedEntity("playlists")
    record PlaylistRow(@Id String id, String ownerId, String name, String description,
                       @MappedProperty("is_public") boolean shared, boolean collaborative, long version,
                       String snapshotId, Instant createdAt, Instant updatedAt) {
    }

    @Embeddable
    record ItemKey(@MappedProperty("playlist_id") String playlistId, @MappedProperty("item_position") int position) {
    }

    @MappedEntity("playlist_items")
    record ItemRow(@EmbeddedId ItemKey key, String trackId, String addedBy, Instant addedAt) {
    }

    @Embeddable
    record FollowKey(@MappedProperty("playlist_id") String playlistId, @MappedProperty("user_id") String userId) {
    }

    @MappedEntity("playlist_followers")
    record FollowerRow(@EmbeddedId FollowKey key, Instant followedAt) {
    }
}
