package io.tonearm.control.playlist;

import io.micronaut.transaction.TransactionOperations;
import io.tonearm.control.search.PlaylistResults;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Search results of {@code type=playlist}: the simplified playlists, public ones only. */
@Singleton
class PlaylistSearchResults implements PlaylistResults {

    private final PlaylistStore store;
    private final PlaylistViewMapper views;
    private final TransactionOperations<Connection> tx;

    PlaylistSearchResults(PlaylistStore store, PlaylistViewMapper views, TransactionOperations<Connection> tx) {
        this.store = store;
        this.views = views;
        this.tx = tx;
    }

    @Override
    public List<Object> publicPlaylists(List<String> ids) {
        return tx.executeRead(status -> ids.stream()
                .filter(id -> PlaylistId.PATTERN.matcher(id).matches())
                .map(id -> store.find(new PlaylistId(id)))
                .filter(Optional::isPresent).map(Optional::get)
                .filter(p -> p.details().isPublic())
                .map(views::simple)
                .collect(Collectors.toList()));
    }
}
