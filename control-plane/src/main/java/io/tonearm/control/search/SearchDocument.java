package io.tonearm.control.search;

import java.util.List;
import java.util.OptionalInt;

/**
 * What the search index knows of one catalog object: enough to find and rank it, never enough to
 * answer with it (results are read back from the catalog by id). Tracks, artists and albums come
 * from the catalog; playlists will come through the same {@link SearchIndexer} port.
 *
 * @param type       what the object is
 * @param id         its catalog id ({@code [A-Za-z0-9_-]{1,64}})
 * @param name       its title or name, 1 to 256 characters
 * @param artists    the artist names credited (for a playlist: its owner's name); may be empty
 * @param album      the album name for a track or an album, otherwise empty
 * @param year       the release year for a track or an album, when known
 * @param popularity 0 to 100; blended into ranking
 * @param description free text matched like the name's other words (a playlist's description),
 *                    empty for catalog objects; at most {@link #MAX_DESCRIPTION} characters
 */
public record SearchDocument(SearchType type, String id, String name, List<String> artists, String album,
                             OptionalInt year, int popularity, String description) {

    public static final int MAX_TEXT = 256;
    public static final int MAX_DESCRIPTION = 600;

    /** A catalog object's document: no description. */
    public SearchDocument(SearchType type, String id, String name, List<String> artists, String album,
                          OptionalInt year, int popularity) {
        this(type, id, name, artists, album, year, popularity, "");
    }

    public SearchDocument {
        if (type == null || artists == null || album == null || year == null || description == null) {
            throw new IllegalArgumentException("search document fields must not be null");
        }
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("search document id must match [A-Za-z0-9_-]{1,64}");
        }
        text(name, "name");
        artists = List.copyOf(artists);
        artists.forEach(a -> text(a, "artist"));
        if (album.length() > MAX_TEXT) {
            throw new IllegalArgumentException("album must be at most " + MAX_TEXT + " characters");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (year.isPresent() && (year.getAsInt() < 1000 || year.getAsInt() > 9999)) {
            throw new IllegalArgumentException("year must have four digits");
        }
        if (popularity < 0 || popularity > 100) {
            throw new IllegalArgumentException("popularity must be 0 to 100");
        }
    }

    /** The unique key of the document in the index: {@code type:id}. */
    public String key() {
        return type.code() + ":" + id;
    }

    private static void text(String value, String what) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(what + " must be 1 to " + MAX_TEXT + " characters");
        }
    }
}
