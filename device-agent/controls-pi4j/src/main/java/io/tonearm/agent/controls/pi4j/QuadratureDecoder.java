package io.tonearm.agent.controls.pi4j;

import java.util.function.IntConsumer;

/**
 * Decodes a rotary encoder's two quadrature signals into detent steps: clockwise (A leads B:
 * 00 → 10 → 11 → 01 → 00) is +1. Each valid transition moves a counter one way; four make a
 * detent and emit a step. A jump of two states (a lost edge) is ignored rather than guessed, so
 * noise cannot run the volume away.
 *
 * <p>Not thread-safe: called on the controls' own thread.
 */
final class QuadratureDecoder {
    /** Index: previous state × 4 + new state, with state = A × 2 + B. */
    private static final int[] DELTA = {0, -1, 1, 0, 1, 0, 0, -1, -1, 0, 0, 1, 0, 1, -1, 0};
    private static final int TRANSITIONS_PER_DETENT = 4;

    private final IntConsumer steps;
    private boolean a;
    private boolean b;
    private int counter;

    QuadratureDecoder(boolean a, boolean b, IntConsumer steps) {
        this.a = a;
        this.b = b;
        this.steps = steps;
    }

    void pinA(boolean level) {
        move(level, b);
    }

    void pinB(boolean level) {
        move(a, level);
    }

    private void move(boolean newA, boolean newB) {
        int previous = state(a, b);
        int next = state(newA, newB);
        a = newA;
        b = newB;
        counter += DELTA[previous * 4 + next];
        if (counter >= TRANSITIONS_PER_DETENT) {
            counter -= TRANSITIONS_PER_DETENT;
            steps.accept(1);
        } else if (counter <= -TRANSITIONS_PER_DETENT) {
            counter += TRANSITIONS_PER_DETENT;
            steps.accept(-1);
        }
    }

    private static int state(boolean a, boolean b) {
        return (a ? 2 : 0) + (b ? 1 : 0);
    }
}
