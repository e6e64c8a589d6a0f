package io.tonearm.control.catalog;

import java.util.List;

/**
 * Published (Micronaut {@code ApplicationEventPublisher}) after tracks were added to or changed in
 * the catalog and the transaction committed, so derived views such as the search index can follow.
 *
 * @param trackIds the ids ({@code TrackId} values, without the {@code tonearm:track:} prefix) of
 *                 the tracks that were added or changed
 */
public record CatalogChanged(List<String> trackIds) {
    public CatalogChanged {
        trackIds = List.copyOf(trackIds);
    }
}
