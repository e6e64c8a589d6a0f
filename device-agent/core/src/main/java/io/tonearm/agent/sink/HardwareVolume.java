package io.tonearm.agent.sink;

/**
 * Port: a device's own volume control (a sound card's mixer), used instead of software volume when
 * the device has one. Thread-safe: the session's thread sets it while the player's thread writes.
 * Never throws: an adapter that loses its control logs it and keeps the last value.
 */
public interface HardwareVolume {

    /** Sets the volume, 0 (silent) to 100 (the control's maximum), on the agent's logarithmic curve. */
    void setPercent(int percent);

    /** For logs: which control this is. */
    String describe();
}
