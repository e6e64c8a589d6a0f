package io.tonearm.agent.playback;

/** What follows the last track, or every track: as Spotify's repeat states. */
public enum RepeatMode {
    /** The queue ends after its last track. */
    OFF,
    /** The current track plays again, gaplessly, until told otherwise. */
    TRACK,
    /** After the last track the queue starts again at its first. */
    CONTEXT;

    /** The index that follows {@code index} in a queue of {@code size}, or -1 when the queue ends. */
    public int next(int index, int size) {
        switch (this) {
            case TRACK:
                return index;
            case CONTEXT:
                return (index + 1) % size;
            case OFF:
                return index + 1 < size ? index + 1 : -1;
            default:
                throw new AssertionError("unhandled repeat mode " + this);
        }
    }
}
