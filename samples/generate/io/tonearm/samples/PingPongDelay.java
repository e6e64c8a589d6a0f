package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/** Ping-pong delay: echoes alternate left and right, each darker and quieter. */
final class PingPongDelay {
    static Stereo render(Stereo send, double delaySec, double feedback, double lowpassHz) {
        int d = (int) Math.round(delaySec * SR);
        int n = send.l.length;
        double[] bl = new double[d];
        double[] br = new double[d];
        Biquad lpL = Biquad.lowpass(lowpassHz, 0.7);
        Biquad lpR = Biquad.lowpass(lowpassHz, 0.7);
        Biquad hp = Biquad.highpass(250, 0.7);
        Stereo out = new Stereo(n);
        int p = 0;
        for (int i = 0; i < n; i++) {
            double ol = bl[p];
            double or = br[p];
            out.l[i] = ol;
            out.r[i] = or;
            double in = hp.process(0.5 * (send.l[i] + send.r[i]));
            bl[p] = in + feedback * lpR.process(or);
            br[p] = feedback * lpL.process(ol);
            p = p + 1 == d ? 0 : p + 1;
        }
        return out;
    }

    private PingPongDelay() {
    }
}
