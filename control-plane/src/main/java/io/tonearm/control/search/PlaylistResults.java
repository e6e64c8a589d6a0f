package io.tonearm.control.search;

import java.util.List;

/**
 * The playlists feature's side of {@code type=playlist}: turns ranked playlist ids into the
 * simplified playlist objects a search answers with. Implementations return only playlists that
 * are public now (the index may lag a change by a moment), in the order asked, skipping unknown ids.
 * Blocking (JDBC); thread-safe.
 */
public interface PlaylistResults {

    List<Object> publicPlaylists(List<String> ids);
}
