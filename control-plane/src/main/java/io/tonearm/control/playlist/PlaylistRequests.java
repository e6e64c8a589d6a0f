package io.tonearm.control.playlist;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Request bodies of the playlist endpoints, as Spotify's Web API spells them, and their conversion to
 * domain edits. Every field is optional at the JSON level; what is required is checked here, with a
 * fixed message that never repeats the input.
 */
final class PlaylistRequests {

    static final String TRACK_URI_PREFIX = "tonearm:track:";

    private PlaylistRequests() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record DetailsBody(@Nullable String name, @Nullable @JsonProperty("public") Boolean isPublic,
                       @Nullable Boolean collaborative, @Nullable String description, @Nullable String snapshotId) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record AddBody(@Nullable List<String> uris, @Nullable Integer position, @Nullable String snapshotId) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record PutTracksBody(@Nullable List<String> uris, @Nullable Integer rangeStart, @Nullable Integer insertBefore,
                         @Nullable Integer rangeLength, @Nullable String snapshotId) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record TrackRef(@Nullable String uri, @Nullable List<Integer> positions) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record RemoveBody(@Nullable List<TrackRef> tracks, @Nullable String snapshotId) {
    }

    /** New playlist details from a create body: name required, public by default, not collaborative. */
    static PlaylistDetails created(@Nullable DetailsBody body) {
        if (body == null || body.name() == null) {
            throw new InvalidRequestException("name is required");
        }
        return new PlaylistDetails(body.name(), body.description() == null ? "" : body.description(),
                body.isPublic() == null || body.isPublic(), body.collaborative() != null && body.collaborative());
    }

    /** The details after applying the fields a change body sets; at least one must be set. */
    static PlaylistDetails changed(PlaylistDetails current, DetailsBody body) {
        if (body.name() == null && body.isPublic() == null && body.collaborative() == null && body.description() == null) {
            throw new InvalidRequestException("Set at least one of name, public, collaborative or description");
        }
        return new PlaylistDetails(body.name() == null ? current.name() : body.name(),
                body.description() == null ? current.description() : body.description(),
                body.isPublic() == null ? current.isPublic() : body.isPublic(),
                body.collaborative() == null ? current.collaborative() : body.collaborative());
    }

    /** {@code POST .../tracks}: uris from the body, or from the {@code uris} query parameter (comma-separated). */
    static PlaylistEdit add(@Nullable AddBody body, @Nullable String queryUris, @Nullable String queryPosition) {
        List<String> uris = body != null && body.uris() != null ? body.uris()
                : queryUris != null ? Arrays.asList(queryUris.split(",", -1)) : null;
        if (uris == null) {
            throw new InvalidRequestException("uris is required");
        }
        Integer position = body != null && body.position() != null ? body.position() : parsePosition(queryPosition);
        return new PlaylistEdit.Add(trackIds(uris), position == null ? OptionalInt.empty() : OptionalInt.of(position));
    }

    /** {@code PUT .../tracks}: either {@code uris} (replace everything) or a reorder, not both. */
    static PlaylistEdit put(@Nullable PutTracksBody body) {
        if (body == null) {
            throw new InvalidRequestException("Send uris, or range_start and insert_before");
        }
        boolean reorder = body.rangeStart() != null || body.insertBefore() != null || body.rangeLength() != null;
        if (body.uris() != null && reorder) {
            throw new InvalidRequestException("uris cannot be combined with range_start, insert_before or range_length");
        }
        if (body.uris() != null) {
            return new PlaylistEdit.Replace(trackIds(body.uris()));
        }
        if (body.rangeStart() == null || body.insertBefore() == null) {
            throw new InvalidRequestException("Send uris, or range_start and insert_before");
        }
        return new PlaylistEdit.Reorder(body.rangeStart(), body.insertBefore(), body.rangeLength() == null ? 1 : body.rangeLength());
    }

    static PlaylistEdit remove(@Nullable RemoveBody body) {
        if (body == null || body.tracks() == null) {
            throw new InvalidRequestException("tracks is required");
        }
        if (body.tracks().size() > PlaylistEdit.MAX_PER_REQUEST) {
            throw new InvalidRequestException("tracks may list at most " + PlaylistEdit.MAX_PER_REQUEST + " tracks");
        }
        Map<TrackId, Set<Integer>> positions = new LinkedHashMap<>();
        for (TrackRef ref : body.tracks()) {
            if (ref == null) {
                throw new InvalidRequestException("tracks must hold objects with a uri");
            }
            TrackId id = trackId(ref.uri());
            Set<Integer> set = positions.computeIfAbsent(id, k -> new TreeSet<>());
            if (ref.positions() != null) {
                if (ref.positions().isEmpty() || ref.positions().contains(null)) {
                    throw new InvalidRequestException("positions must list positions");
                }
                set.addAll(ref.positions());
            }
        }
        return new PlaylistEdit.Remove(positions);
    }

    static Optional<String> snapshot(@Nullable String snapshotId) {
        if (snapshotId == null) {
            return Optional.empty();
        }
        if (snapshotId.isEmpty() || snapshotId.length() > 64) {
            throw new InvalidRequestException("Invalid snapshot_id");
        }
        return Optional.of(snapshotId);
    }

    static List<TrackId> trackIds(List<String> uris) {
        if (uris.size() > PlaylistEdit.MAX_PER_REQUEST) {
            throw new InvalidRequestException("uris may list at most " + PlaylistEdit.MAX_PER_REQUEST + " tracks");
        }
        List<TrackId> ids = new ArrayList<>(uris.size());
        for (String uri : uris) {
            ids.add(trackId(uri));
        }
        return ids;
    }

    static TrackId trackId(@Nullable String uri) {
        if (uri == null || !uri.startsWith(TRACK_URI_PREFIX) || uri.length() > TRACK_URI_PREFIX.length() + 64
                || !TrackId.PATTERN.matcher(uri.substring(TRACK_URI_PREFIX.length())).matches()) {
            throw new InvalidRequestException("Invalid track uri");
        }
        return new TrackId(uri.substring(TRACK_URI_PREFIX.length()));
    }

    private static Integer parsePosition(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        if (!raw.matches("[0-9]{1,9}")) {
            throw new InvalidRequestException("position must be between 0 and the number of items");
        }
        return Integer.valueOf(raw);
    }
}
