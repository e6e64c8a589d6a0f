package io.tonearm.agent.controls.pi4j;

import io.tonearm.agent.time.TimeSource;
import java.util.Optional;

/**
 * One push button, debounced in time: a level counts once it has held for the debounce time, so
 * contact bounce never makes two presses. A press shorter than the long-press time fires
 * {@code onPress} when released; held that long, {@code onLongPress} fires while still held and the
 * release does nothing. Without a long action, a press fires as soon as it is stable.
 *
 * <p>Not thread-safe: {@link #level} and {@link #tick} are called on the controls' own thread.
 */
final class Button {
    private final long debounceNanos;
    private final long longPressNanos;
    private final TimeSource time;
    private final Runnable onPress;
    private final Optional<Runnable> onLongPress;
    private boolean raw;
    private long rawSince;
    private boolean pressed;
    private long pressedAt;
    private boolean longFired;

    Button(long debounceMs, long longPressMs, TimeSource time, Runnable onPress, Optional<Runnable> onLongPress) {
        if (debounceMs < 0 || longPressMs <= debounceMs) {
            throw new IllegalArgumentException("need 0 <= debounce < long press, got " + debounceMs + ", " + longPressMs);
        }
        this.debounceNanos = debounceMs * 1_000_000L;
        this.longPressNanos = longPressMs * 1_000_000L;
        this.time = time;
        this.onPress = onPress;
        this.onLongPress = onLongPress;
        this.rawSince = time.nanoTime();
    }

    /** The pin's level changed: {@code down} is true while the button is held. */
    void level(boolean down) {
        if (down != raw) {
            raw = down;
            rawSince = time.nanoTime();
        }
        tick();
    }

    /** Commits a level that has held for the debounce time, and fires a long press that is due. */
    void tick() {
        long now = time.nanoTime();
        if (raw != pressed && now - rawSince >= debounceNanos) {
            pressed = raw;
            if (pressed) {
                pressedAt = rawSince;
                longFired = false;
                if (onLongPress.isEmpty()) {
                    onPress.run();
                }
            } else if (onLongPress.isPresent() && !longFired) {
                onPress.run();
            }
        }
        if (pressed && !longFired && onLongPress.isPresent() && now - pressedAt >= longPressNanos) {
            longFired = true;
            onLongPress.get().run();
        }
    }
}
