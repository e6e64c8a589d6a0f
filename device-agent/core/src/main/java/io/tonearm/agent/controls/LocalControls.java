package io.tonearm.agent.controls;

/**
 * Port: the device's own controls (buttons, a volume knob) ask the agent to act. Each call turns
 * into the same domain command the hub would send, carried out on the session thread and reported
 * to the hub like any other change; local commands carry no command id and get no ack.
 *
 * <p>Thread-safe. Every method returns at once (it only queues work) and never throws; a press
 * that cannot apply (next at the end of the queue, pause with nothing loaded) is logged and dropped.
 */
public interface LocalControls {
    /** Volume percent per step of {@link #changeVolume}. */
    int VOLUME_STEP = 5;

    /** Pauses what plays, or resumes what is paused. */
    void playPause();

    void next();

    /** Back one track, or to the start of this one when past its first seconds (as the hub's previous). */
    void previous();

    void stop();

    /** Changes the volume by {@code steps} × {@link #VOLUME_STEP} percent (negative: down), clamped to 0-100. */
    void changeVolume(int steps);
}
