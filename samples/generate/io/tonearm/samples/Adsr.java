package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/** Attack (linear), decay (exponential time constant) to sustain, release; times in seconds. */
record Adsr(double attack, double decay, double sustain, double release) {
    double[] curve(int gate) {
        int a = Math.max(1, (int) (attack * SR));
        int rel = Math.max(1, (int) (release * SR));
        double[] e = new double[gate + rel];
        double decayMul = StrictMath.exp(-1.0 / (decay * SR));
        double excess = 1 - sustain;
        double level = 0;
        for (int i = 0; i < gate; i++) {
            if (i < a) {
                level = (i + 1) / (double) a;
            } else {
                excess *= decayMul;
                level = sustain + excess;
            }
            e[i] = level;
        }
        double relMul = StrictMath.exp(StrictMath.log(0.001) / rel);
        double r = level;
        for (int i = 0; i < rel; i++) {
            r *= relMul;
            e[gate + i] = r * (1 - i / (double) rel);
        }
        return e;
    }
}
