package io.tonearm.control.playlist;

import io.tonearm.auth.UserId;

/**
 * A playlist's details as stored. {@code version} grows by one with every change and guards
 * concurrent edits; {@code snapshotId} is the opaque token clients see for that version.
 *
 * <p>Visibility and editing: a public playlist is visible to everyone, a private one only to its
 * owner and its followers (404 to anyone else). Its owner may edit everything; a follower may edit
 * the items of a collaborative playlist; nobody else edits (403).
 */
public record Playlist(PlaylistId id, UserId owner, PlaylistDetails details, long version, String snapshotId,
                       long followers, long itemCount) {

    public Playlist {
        if (id == null || owner == null || details == null || snapshotId == null || version < 0 || followers < 0 || itemCount < 0) {
            throw new IllegalArgumentException("incomplete playlist");
        }
    }

    public boolean visibleTo(UserId user, boolean follows) {
        return details.isPublic() || owner.equals(user) || follows;
    }

    public boolean itemsEditableBy(UserId user, boolean follows) {
        return owner.equals(user) || (details.collaborative() && follows);
    }
}
