package io.tonearm.control.playlist;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tonearm.control.catalog.CatalogViews.TrackView;
import java.util.List;

/** The playlist JSON, shaped like Spotify's Web API playlist objects. */
public final class PlaylistViews {

    private PlaylistViews() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record UserView(String displayName, String href, String id, String type, String uri) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record FollowersView(@Nullable String href, long total) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record TracksRefView(String href, long total) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record PlaylistTrackView(String addedAt, UserView addedBy, boolean isLocal, TrackView track) {
    }

    /** A page, as Spotify's paging object; {@code next}/{@code previous} are null at the ends. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Page<T>(String href, List<T> items, int limit, long offset, long total, @Nullable String next,
                          @Nullable String previous) {
    }

    /** Spotify's full playlist object, with the first page of its items. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record PlaylistView(boolean collaborative, String description, FollowersView followers, String href,
                               String id, List<Object> images, String name, UserView owner,
                               @JsonProperty("public") boolean isPublic,
                               String snapshotId, Page<PlaylistTrackView> tracks, String type, String uri) {
    }

    /** Spotify's simplified playlist object, as listed in a user's playlists. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record SimplePlaylistView(boolean collaborative, String description, String href, String id,
                                     List<Object> images, String name, UserView owner, @JsonProperty("public") boolean isPublic,
                                     String snapshotId, TracksRefView tracks, String type, String uri) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record SnapshotView(String snapshotId) {
    }
}
