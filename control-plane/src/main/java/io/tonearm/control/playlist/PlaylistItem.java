package io.tonearm.control.playlist;

import io.tonearm.auth.UserId;
import io.tonearm.control.catalog.TrackId;
import java.time.Instant;

/** One entry of a playlist: the track, who added it and when. A playlist may hold a track more than once. */
public record PlaylistItem(TrackId track, UserId addedBy, Instant addedAt) {

    public PlaylistItem {
        if (track == null || addedBy == null || addedAt == null) {
            throw new IllegalArgumentException("track, addedBy and addedAt are required");
        }
    }
}
