package io.tonearm.agent.audio;

/**
 * Float to 16-bit conversion exactly as libvorbis's {@code ov_read} does it: scale by 32768, round to
 * nearest with ties to even ({@code vorbis_ftoi}, i.e. lrintf), then clip to [-32768, 32767].
 */
public final class Pcm16 {
    private Pcm16() {
    }

    /** Converts one sample. */
    public static short toShort(float sample) {
        float scaled = sample * 32768f;
        if (scaled >= 32767f) {
            return Short.MAX_VALUE;
        }
        if (scaled <= -32768f) {
            return Short.MIN_VALUE;
        }
        return (short) Math.rint(scaled);
    }

    /**
     * Converts {@code samples} interleaved floats from {@code src} into little-endian bytes at
     * {@code dst[dstOffset]}. Same result as {@link #toShort} per sample, written without branches
     * (round, then clamp with min/max, which compile to conditional moves): NaN becomes 0.
     */
    public static void toLittleEndian(float[] src, int samples, byte[] dst, int dstOffset) {
        int o = dstOffset;
        for (int i = 0; i < samples; i++) {
            int s = Math.max(-32768, Math.min(32767, (int) Math.rint(src[i] * 32768f)));
            dst[o++] = (byte) s;
            dst[o++] = (byte) (s >> 8);
        }
    }
}
