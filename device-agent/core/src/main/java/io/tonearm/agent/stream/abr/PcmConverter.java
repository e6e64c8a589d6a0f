package io.tonearm.agent.stream.abr;

import io.tonearm.agent.audio.PcmFormat;

/**
 * Converts interleaved float PCM from one format to the sink's, so a quality switch never reopens
 * the sink (which would be an audible gap): channels are up-mixed by copying mono to each channel
 * or down-mixed by averaging, and the rate is changed by linear interpolation, carrying its phase
 * and last frame across calls. Linear interpolation is enough here: it only ever runs while the link
 * is too poor for anything but the 22.05 kHz tier, whose content stops below 11 kHz anyway.
 * One instance per stream; not thread-safe.
 */
final class PcmConverter {
    private final PcmFormat from;
    private final PcmFormat to;
    private final double step;
    private final float[] last;
    private double phase;
    private boolean primed;
    private final double startFraction;

    /**
     * @param startFraction where the first output frame falls after the first input frame, in input
     *     frames ([0, 1)): a switch can land between two frames of a stream at another rate
     */
    PcmConverter(PcmFormat from, PcmFormat to, double startFraction) {
        if (!(startFraction >= 0 && startFraction < 1)) {
            throw new IllegalArgumentException("start fraction must be in [0, 1): " + startFraction);
        }
        this.startFraction = startFraction;
        this.from = from;
        this.to = to;
        this.step = (double) from.sampleRate() / to.sampleRate();
        this.last = new float[to.channels()];
    }

    /** Upper bound of frames {@link #convert} writes for {@code frames} input frames. */
    int maxOutput(int frames) {
        return (int) Math.ceil((frames + 1) / step) + 1;
    }

    /** Converts {@code frames} frames of {@code src}; returns the frames written to {@code dst}. */
    int convert(float[] src, int frames, float[] dst) {
        int inCh = from.channels();
        int outCh = to.channels();
        float[] frame = new float[outCh];
        int out = 0;
        for (int i = 0; i < frames; i++) {
            remix(src, i * inCh, inCh, frame, outCh);
            if (!primed) {
                System.arraycopy(frame, 0, last, 0, outCh);
                primed = true;
                phase = 1.0 + startFraction;
            }
            // Emit the output frames that fall after the previous input frame (at 0) up to this one (at 1).
            while (phase <= 1.0) {
                float t = (float) phase;
                for (int c = 0; c < outCh; c++) {
                    dst[out * outCh + c] = last[c] + (frame[c] - last[c]) * t;
                }
                out++;
                phase += step;
            }
            phase -= 1.0;
            System.arraycopy(frame, 0, last, 0, outCh);
        }
        return out;
    }

    private static void remix(float[] src, int at, int inCh, float[] frame, int outCh) {
        if (inCh == outCh) {
            System.arraycopy(src, at, frame, 0, outCh);
        } else if (inCh == 1) {
            java.util.Arrays.fill(frame, src[at]);
        } else {
            float sum = 0;
            for (int c = 0; c < inCh; c++) {
                sum += src[at + c];
            }
            java.util.Arrays.fill(frame, sum / inCh);
        }
    }
}
