package io.tonearm.agent.controls.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import io.tonearm.agent.controls.Controls;
import io.tonearm.agent.controls.ControlsException;
import io.tonearm.agent.controls.ControlsFactory;
import io.tonearm.agent.controls.LocalControls;
import io.tonearm.agent.controls.PinMap;
import io.tonearm.agent.time.TimeSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Registers GPIO controls through Pi4J 2 with the GPIO character device (libgpiod, the
 * {@code gpiod} plugin): the kernel interface of Raspberry Pi OS and Debian on any board.
 */
public final class Pi4jControlsFactory implements ControlsFactory {
    static final String INPUT_PROVIDER = "gpiod-digital-input";
    static final String OUTPUT_PROVIDER = "gpiod-digital-output";

    @Override
    public String kind() {
        return "gpio";
    }

    @Override
    public String module() {
        return "agent-controls-pi4j";
    }

    @Override
    public Controls create(PinMap pins, LocalControls target, TimeSource time) throws ControlsException {
        Context pi4j;
        try {
            pi4j = Pi4J.newAutoContext();
        } catch (RuntimeException | LinkageError e) {
            throw new ControlsException("Pi4J cannot start on this machine (" + e + ")", e);
        }
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tonearm-controls");
            t.setDaemon(true);
            return t;
        });
        try {
            Pi4jControls controls = new Pi4jControls(pi4j, INPUT_PROVIDER, OUTPUT_PROVIDER, pins, target, time, thread);
            thread.scheduleAtFixedRate(controls::tick, Pi4jControls.TICK_MS, Pi4jControls.TICK_MS, TimeUnit.MILLISECONDS);
            return new Controls() {
                @Override
                public void onStatus(io.tonearm.agent.controls.AgentStatus status) {
                    controls.onStatus(status);
                }

                @Override
                public void close() {
                    thread.shutdownNow();
                    controls.close();
                }
            };
        } catch (RuntimeException e) {
            thread.shutdownNow();
            try {
                pi4j.shutdown();
            } catch (RuntimeException ignored) {
                // already failing; the first error is the one to report
            }
            throw new ControlsException("cannot claim the GPIO pins " + pins + " (" + e.getMessage() + ")", e);
        }
    }
}
