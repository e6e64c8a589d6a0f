package io.tonearm.agent.controls.pi4j;

import io.tonearm.agent.controls.AgentStatus;
import io.tonearm.agent.time.TimeSource;
import java.util.function.Consumer;

/**
 * Shows the agent's status on one LED: connecting blinks once a second, playing is steady,
 * paused flashes briefly every two seconds, idle is dark and an error blinks fast (5 Hz). Each
 * pattern starts from its beginning when the status changes; the output is written only when it
 * changes.
 *
 * <p>Not thread-safe: called on the controls' own thread.
 */
final class StatusLed {
    /** One period of a pattern: lit for {@code onMs} of every {@code periodMs}. */
    record Pattern(long onMs, long periodMs) {
        static final Pattern OFF = new Pattern(0, 1000);
        static final Pattern ON = new Pattern(1000, 1000);

        Pattern {
            if (periodMs <= 0 || onMs < 0 || onMs > periodMs) {
                throw new IllegalArgumentException("need 0 <= on <= period, period > 0");
            }
        }

        boolean litAt(long elapsedMs) {
            return elapsedMs % periodMs < onMs;
        }
    }

    private final Consumer<Boolean> output;
    private final TimeSource time;
    private Pattern pattern = Pattern.OFF;
    private long since;
    private Boolean lit;

    StatusLed(Consumer<Boolean> output, TimeSource time) {
        this.output = output;
        this.time = time;
        this.since = time.nanoTime();
        tick();
    }

    static Pattern patternOf(AgentStatus status) {
        switch (status) {
            case CONNECTING:
                return new Pattern(500, 1000);
            case PLAYING:
                return Pattern.ON;
            case PAUSED:
                return new Pattern(100, 2000);
            case IDLE:
                return Pattern.OFF;
            case ERROR:
                return new Pattern(100, 200);
            default:
                throw new AssertionError("unhandled status " + status);
        }
    }

    void show(AgentStatus status) {
        Pattern next = patternOf(status);
        if (!next.equals(pattern)) {
            pattern = next;
            since = time.nanoTime();
        }
        tick();
    }

    void tick() {
        boolean on = pattern.litAt((time.nanoTime() - since) / 1_000_000L);
        if (lit == null || lit != on) {
            lit = on;
            output.accept(on);
        }
    }
}
