package io.tonearm.samples;

/** A stereo buffer of samples in about -1..1, before mastering. */
final class Stereo {
    final double[] l;
    final double[] r;

    Stereo(int frames) {
        l = new double[frames];
        r = new double[frames];
    }

    /** Adds mono samples at a frame offset with constant-power panning (pan in -1..1). */
    void addMono(double[] x, int at, double gain, double pan) {
        double angle = (pan + 1) * Math.PI / 4;
        double gl = gain * StrictMath.cos(angle) * Math.sqrt(2);
        double gr = gain * StrictMath.sin(angle) * Math.sqrt(2);
        for (int i = 0; i < x.length; i++) {
            int j = at + i;
            if (j < 0) continue;
            if (j >= l.length) break;
            l[j] += x[i] * gl;
            r[j] += x[i] * gr;
        }
    }
}
