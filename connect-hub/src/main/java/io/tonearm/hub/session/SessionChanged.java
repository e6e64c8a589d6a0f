package io.tonearm.hub.session;

/** A user's session after a change (its version says which). */
public record SessionChanged(String user, PlaybackSession session) {
    public SessionChanged {
        if (user == null || session == null) {
            throw new IllegalArgumentException("user and session are required");
        }
    }
}
