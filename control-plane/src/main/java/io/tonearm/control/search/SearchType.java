package io.tonearm.control.search;

import java.util.Arrays;
import java.util.Optional;

/** What a search document is, with its {@code type=} code in {@code GET /v1/search}. */
public enum SearchType {
    TRACK("track", "tracks"),
    ARTIST("artist", "artists"),
    ALBUM("album", "albums"),
    /** Public playlists, by name and description ({@link PlaylistSearchSource}). */
    PLAYLIST("playlist", "playlists");

    private final String code;
    private final String plural;

    SearchType(String code, String plural) {
        this.code = code;
        this.plural = plural;
    }

    /** The code used in {@code type=} and stored in the index. */
    public String code() {
        return code;
    }

    /** The member name of this type's page in the search response ({@code "tracks"}). */
    public String plural() {
        return plural;
    }

    public static Optional<SearchType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
