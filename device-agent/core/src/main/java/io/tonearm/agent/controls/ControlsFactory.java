package io.tonearm.agent.controls;

import io.tonearm.agent.time.TimeSource;

/**
 * SPI: makes hardware controls. Adapters register an implementation in
 * {@code META-INF/services/io.tonearm.agent.controls.ControlsFactory}; the app finds it with
 * {@link java.util.ServiceLoader}, so a distribution without GPIO leaves the adapter out.
 */
public interface ControlsFactory {
    /** What it drives, as messages name it: {@code "gpio"}. */
    String kind();

    /** The module that provides it, e.g. {@code agent-controls-pi4j}. */
    String module();

    /**
     * Claims the pins and starts reading them. Blocks briefly while the GPIO driver starts.
     *
     * @throws ControlsException if this machine has no usable GPIO or a pin cannot be claimed
     */
    Controls create(PinMap pins, LocalControls target, TimeSource time) throws ControlsException;
}
