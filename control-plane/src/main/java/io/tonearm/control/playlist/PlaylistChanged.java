package io.tonearm.control.playlist;

/**
 * Published (Micronaut {@code ApplicationEventPublisher}) after a playlist was created or changed —
 * details, items or followers — and the transaction committed, so derived views such as the search
 * index can follow. Listeners read the playlist's current state themselves.
 *
 * @param playlistId the playlist's id (22 base62 characters, without the {@code tonearm:playlist:} prefix)
 */
public record PlaylistChanged(String playlistId) {
    public PlaylistChanged {
        if (playlistId == null || playlistId.isBlank()) {
            throw new IllegalArgumentException("playlistId is required");
        }
    }
}
