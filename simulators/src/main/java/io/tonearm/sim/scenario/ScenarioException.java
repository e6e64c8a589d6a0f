package io.tonearm.sim.scenario;

/** A scenario file that cannot be run, with the path of the offending key in its message. */
public final class ScenarioException extends Exception {
    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
