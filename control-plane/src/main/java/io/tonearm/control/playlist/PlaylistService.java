package io.tonearm.control.playlist;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.tonearm.auth.UserId;
import io.tonearm.control.catalog.Catalog;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.error.ConflictException;
import io.tonearm.control.error.ForbiddenException;
import io.tonearm.control.error.InvalidRequestException;
import io.tonearm.control.error.NotFoundException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Playlist operations with their access rules (see {@link Playlist}) and optimistic concurrency.
 * An edit reads the playlist's version and claims the next one with a conditional UPDATE (which
 * fails when another edit got there first and locks the row when it succeeds); only then does it
 * read the items, apply the change and write them, in the same transaction. An edit that names a {@code snapshot_id} is a 409 when that
 * snapshot is no longer current; one that names none is retried on the new state (up to
 * {@link #MAX_ATTEMPTS} times), so concurrent appends all land. Publishes {@link PlaylistChanged}
 * after each committed change. Blocking; call from the blocking executor.
 */
@Singleton
public class PlaylistService {

    static final int MAX_ATTEMPTS = 200;

    private final PlaylistStore store;
    private final Catalog catalog;
    private final TransactionOperations<Connection> tx;
    private final ApplicationEventPublisher<PlaylistChanged> events;
    private final Clock clock;

    PlaylistService(PlaylistStore store, Catalog catalog, TransactionOperations<Connection> tx,
                    ApplicationEventPublisher<PlaylistChanged> events, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    public Playlist create(UserId owner, PlaylistDetails details) {
        Playlist created = tx.executeWrite(status -> store.create(owner, details, now()));
        events.publishEvent(new PlaylistChanged(created.id().value()));
        return created;
    }

    /** The playlist as {@code user} may see it, or 404. */
    public Playlist get(PlaylistId id, UserId user) {
        return tx.executeRead(status -> visible(id, user));
    }

    public PlaylistPage items(PlaylistId id, UserId user, int limit, long offset) {
        return tx.executeRead(status -> {
            Playlist playlist = visible(id, user);
            return new PlaylistPage(playlist, store.items(id, limit, offset), store.itemCount(id));
        });
    }

    public Paged<Playlist> followedBy(UserId owner, UserId viewer, int limit, long offset) {
        boolean all = owner.equals(viewer);
        return tx.executeRead(status -> new Paged<>(store.followedBy(owner, all, limit, offset), store.countFollowedBy(owner, all)));
    }

    /** Applies an item edit; returns the new snapshot id. */
    public String edit(PlaylistId id, UserId user, PlaylistEdit edit, Optional<String> snapshotId) {
        if (edit instanceof PlaylistEdit.Add) {
            requireTracks(((PlaylistEdit.Add) edit).tracks());
        } else if (edit instanceof PlaylistEdit.Replace) {
            requireTracks(((PlaylistEdit.Replace) edit).tracks());
        } else if (!(edit instanceof PlaylistEdit.Reorder) && !(edit instanceof PlaylistEdit.Remove)) {
            throw new AssertionError("unknown edit " + edit);
        }
        return change(id, snapshotId, playlist -> {
            if (!playlist.itemsEditableBy(user, store.follows(id, user))) {
                throw new ForbiddenException("Only the owner or a collaborator may change this playlist");
            }
            Instant at = now();
            Optional<String> claimed = store.claim(id, playlist.version(), at);
            if (claimed.isPresent()) {
                List<PlaylistItem> before = store.items(id);
                store.writeItems(id, before, edit.apply(before, user, at));
            }
            return claimed;
        }, user);
    }

    /** Changes name, description, public or collaborative (owner only); returns the new snapshot id. */
    public String changeDetails(PlaylistId id, UserId user, Function<PlaylistDetails, PlaylistDetails> change,
                                Optional<String> snapshotId) {
        return change(id, snapshotId, playlist -> {
            if (!playlist.owner().equals(user)) {
                throw new ForbiddenException("Only the owner may change this playlist's details");
            }
            return store.writeDetails(id, playlist.version(), change.apply(playlist.details()), now());
        }, user);
    }

    public void follow(PlaylistId id, UserId user) {
        try {
            tx.executeWrite(status -> {
                visible(id, user);
                store.follow(id, user, now());
                return null;
            });
        } catch (DataAccessException e) {
            // Two follows by the same user at once: the loser hits the primary key; the user follows.
            if (!tx.executeRead(status -> store.follows(id, user))) {
                throw e;
            }
        }
        events.publishEvent(new PlaylistChanged(id.value()));
    }

    public void unfollow(PlaylistId id, UserId user) {
        tx.executeWrite(status -> {
            visible(id, user);
            store.unfollow(id, user);
            return null;
        });
        events.publishEvent(new PlaylistChanged(id.value()));
    }

    private String change(PlaylistId id, Optional<String> snapshotId, Function<Playlist, Optional<String>> write, UserId user) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<String> written = tx.executeWrite(status -> {
                Playlist playlist = visible(id, user);
                if (snapshotId.isPresent() && !snapshotId.get().equals(playlist.snapshotId())) {
                    throw new ConflictException("snapshot_id is not the playlist's current snapshot");
                }
                return write.apply(playlist);
            });
            if (written.isPresent()) {
                events.publishEvent(new PlaylistChanged(id.value()));
                return written.get();
            }
            if (snapshotId.isPresent()) {
                throw new ConflictException("snapshot_id is not the playlist's current snapshot");
            }
            Thread.onSpinWait();
        }
        throw new ConflictException("The playlist is changing too fast; try again");
    }

    private Playlist visible(PlaylistId id, UserId user) {
        Playlist playlist = store.find(id).orElseThrow(() -> new NotFoundException("Playlist not found"));
        if (!playlist.visibleTo(user, store.follows(id, user))) {
            throw new NotFoundException("Playlist not found");
        }
        return playlist;
    }

    private void requireTracks(List<TrackId> tracks) {
        Set<TrackId> unique = new HashSet<>(tracks);
        if (catalog.tracks(unique).size() != unique.size()) {
            throw new InvalidRequestException("uris name a track that is not in the catalog");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A playlist with one page of its items and how many it has in all. */
    public record PlaylistPage(Playlist playlist, List<PlaylistItem> items, long total) {
        public PlaylistPage {
            items = List.copyOf(items);
        }
    }

    /** Part of a list and the size of the whole list. */
    public record Paged<T>(List<T> items, long total) {
        public Paged {
            items = List.copyOf(items);
        }
    }
}
