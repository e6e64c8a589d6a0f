package io.tonearm.control.catalog;

/**
 * An album: its release year (the only release date the catalog knows, so its precision is the
 * year), its type, the artist it is credited to and how many catalog tracks it holds.
 */
public record Album(String id, String name, int year, AlbumType type, Artist artist, int totalTracks) {

    public Album {
        Checks.id(id, "album id");
        Checks.text(name, "album name");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("album year must have four digits: " + year);
        }
        if (type == null || artist == null) {
            throw new IllegalArgumentException("album type and artist are required");
        }
        if (totalTracks < 1 || totalTracks > 999) {
            throw new IllegalArgumentException("album total_tracks must be 1 to 999: " + totalTracks);
        }
    }
}
