package io.tonearm.agent.playback;

import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;

/**
 * What the player reports, on the player's thread. Implementations hand the news to their own
 * thread and return at once. {@code generation} identifies the play request the news belongs to,
 * so a listener can ignore news from a request that has since been replaced.
 */
public interface PlayerListener {

    /** The stream of {@code track} was granted and is being fetched. */
    void onLoading(long generation, TrackRef track, int queueIndex, StreamTicket ticket);

    /**
     * A held request ({@link PlayRequest#hold()}) has its first sample, at {@code positionMs},
     * decoded and the sink open: it sounds as soon as {@link Player#start} is called.
     */
    default void onPrepared(long generation, TrackRef track, int queueIndex, long positionMs) {
    }

    /** The first sample of {@code track} (at {@code positionMs}) reached the sink. */
    void onTrackStarted(long generation, TrackRef track, int queueIndex, long positionMs);

    /** The last sample of {@code track} reached the sink. */
    void onTrackCompleted(long generation, TrackRef track, int queueIndex);

    /** Playback of {@code track} failed; the player stops. {@code code} is stable, {@code message} for people. */
    void onError(long generation, TrackRef track, int queueIndex, String code, String message);

    /**
     * The decoder skipped {@code stretches} damaged parts of {@code track} (reported once, when the
     * track ends) and played the rest.
     */
    default void onDamageSkipped(long generation, TrackRef track, int queueIndex, int stretches) {
    }

    /**
     * The sink played out everything it held before the chunk at {@code positionMs} of {@code track}
     * reached it: an audible gap.
     */
    default void onUnderrun(long generation, TrackRef track, int queueIndex, long positionMs) {
    }

    /** The last track of the queue completed. */
    void onQueueEnded(long generation);
}
