package io.tonearm.control.playlist;

import io.tonearm.auth.UserId;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.playlist.PlaylistRepositories.FollowerRepository;
import io.tonearm.control.playlist.PlaylistRepositories.ItemRepository;
import io.tonearm.control.playlist.PlaylistRepositories.PlaylistRepository;
import io.tonearm.control.playlist.PlaylistRows.FollowKey;
import io.tonearm.control.playlist.PlaylistRows.FollowerRow;
import io.tonearm.control.playlist.PlaylistRows.ItemKey;
import io.tonearm.control.playlist.PlaylistRows.ItemRow;
import io.tonearm.control.playlist.PlaylistRows.PlaylistRow;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Playlist rows in and out, in domain types. Every method runs in the caller's transaction
 * ({@link PlaylistService} opens them). Writes are optimistic: {@link #claim} and
 * {@link #writeDetails} move the playlist's {@code version} from the one the caller read to the next
 * with a conditional UPDATE, and report failure when another transaction moved it first; the winning
 * UPDATE holds the row lock, so items are only read for an edit and rewritten by the transaction
 * that owns the next version. Blocking JDBC.
 */
@Singleton
class PlaylistStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PlaylistRepository playlists;
    private final ItemRepository items;
    private final FollowerRepository followers;

    PlaylistStore(PlaylistRepository playlists, ItemRepository items, FollowerRepository followers) {
        this.playlists = playlists;
        this.items = items;
        this.followers = followers;
    }

    Playlist create(UserId owner, PlaylistDetails details, Instant at) {
        PlaylistId id = PlaylistId.random();
        String snapshot = newSnapshotId();
        playlists.save(new PlaylistRow(id.value(), owner.value(), details.name(), details.description(),
                details.isPublic(), details.collaborative(), 0, snapshot, at, at));
        followers.save(new FollowerRow(new FollowKey(id.value(), owner.value()), at));
        return new Playlist(id, owner, details, 0, snapshot, 1, 0);
    }

    Optional<Playlist> find(PlaylistId id) {
        return playlists.findById(id.value()).map(this::toPlaylist);
    }

    boolean follows(PlaylistId id, UserId user) {
        return followers.existsById(new FollowKey(id.value(), user.value()));
    }

    void follow(PlaylistId id, UserId user, Instant at) {
        if (!follows(id, user)) {
            followers.save(new FollowerRow(new FollowKey(id.value(), user.value()), at));
        }
    }

    void unfollow(PlaylistId id, UserId user) {
        followers.deleteById(new FollowKey(id.value(), user.value()));
    }

    List<PlaylistItem> items(PlaylistId id) {
        return items.all(id.value()).stream().map(PlaylistStore::toItem).collect(Collectors.toList());
    }

    List<PlaylistItem> items(PlaylistId id, int limit, long offset) {
        return items.page(id.value(), limit, offset).stream().map(PlaylistStore::toItem).collect(Collectors.toList());
    }

    long itemCount(PlaylistId id) {
        return items.countIn(id.value());
    }

    /** Playlists {@code user} follows; only public ones unless {@code all}. */
    List<Playlist> followedBy(UserId user, boolean all, int limit, long offset) {
        return playlists.followedBy(user.value(), all, limit, offset).stream()
                .map(this::toPlaylist).collect(Collectors.toList());
    }

    long countFollowedBy(UserId user, boolean all) {
        return playlists.countFollowedBy(user.value(), all);
    }

    /**
     * Claims the next version: moves the playlist from {@code expectedVersion} to the next one with a new
     * snapshot id, which takes the row's write lock until the transaction ends. Empty when another
     * transaction moved the version first (nothing was changed then).
     */
    Optional<String> claim(PlaylistId id, long expectedVersion, Instant at) {
        String snapshot = newSnapshotId();
        return playlists.advance(id.value(), expectedVersion, snapshot, at) == 1 ? Optional.of(snapshot) : Optional.empty();
    }

    /**
     * Rewrites the items after a successful {@link #claim} in the same transaction: only from the first
     * position where {@code before} and {@code after} differ.
     */
    void writeItems(PlaylistId id, List<PlaylistItem> before, List<PlaylistItem> after) {
        int same = 0;
        while (same < before.size() && same < after.size() && before.get(same).equals(after.get(same))) {
            same++;
        }
        items.deleteFrom(id.value(), same);
        List<ItemRow> rows = new ArrayList<>(after.size() - same);
        for (int i = same; i < after.size(); i++) {
            PlaylistItem item = after.get(i);
            rows.add(new ItemRow(new ItemKey(id.value(), i), item.track().value(), item.addedBy().value(), item.addedAt()));
        }
        if (!rows.isEmpty()) {
            items.saveAll(rows);
        }
    }

    /** Changes the details if the playlist is still at {@code expectedVersion}: the new snapshot id, or empty. */
    Optional<String> writeDetails(PlaylistId id, long expectedVersion, PlaylistDetails details, Instant at) {
        String snapshot = newSnapshotId();
        long updated = playlists.changeDetails(id.value(), expectedVersion, details.name(), details.description(),
                details.isPublic(), details.collaborative(), snapshot, at);
        return updated == 1 ? Optional.of(snapshot) : Optional.empty();
    }

    private Playlist toPlaylist(PlaylistRow row) {
        return new Playlist(new PlaylistId(row.id()), new UserId(row.ownerId()),
                new PlaylistDetails(row.name(), row.description(), row.shared(), row.collaborative()),
                row.version(), row.snapshotId(), followers.countOf(row.id()), items.countIn(row.id()));
    }

    private static PlaylistItem toItem(ItemRow row) {
        return new PlaylistItem(new TrackId(row.trackId()), new UserId(row.addedBy()), row.addedAt());
    }

    private static String newSnapshotId() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
