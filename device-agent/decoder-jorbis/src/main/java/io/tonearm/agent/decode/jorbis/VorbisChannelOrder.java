package io.tonearm.agent.decode.jorbis;

/**
 * Maps Vorbis channel order (Vorbis I spec §4.3.9) to WAV order (the order of the speaker bits in
 * WAVE_FORMAT_EXTENSIBLE's channel mask): 3 channels L C R become L R C; 5.1's
 * L C R BL BR LFE becomes L R C LFE BL BR; 6.1 and 7.1 move LFE to fourth and the side pair after
 * the rear. One, two, four and more than eight channels keep their order.
 *
 * <p>{@code oggdec} 1.4.2 differs: it applies its permutation table backwards (5.1 comes out as
 * L R C BR LFE BL), leaves 5 channels in Vorbis order and writes garbage for 7 and 8 channels
 * (it indexes past a six-row table); {@code oggdec -R} writes Vorbis order for every count.
 */
public final class VorbisChannelOrder {
    private static final int[][] TO_WAV = {
        {0},
        {0, 1},
        {0, 2, 1},
        {0, 1, 2, 3},
        {0, 2, 1, 3, 4},
        {0, 2, 1, 5, 3, 4},
        {0, 2, 1, 6, 5, 3, 4},
        {0, 2, 1, 7, 5, 6, 3, 4},
    };

    private VorbisChannelOrder() {
    }

    /**
     * For {@code channels} channels, the source index of each WAV channel: WAV channel {@code i}
     * is Vorbis channel {@code result[i]}.
     */
    public static int[] toWav(int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("channels: " + channels);
        }
        if (channels <= TO_WAV.length) {
            return TO_WAV[channels - 1].clone();
        }
        int[] identity = new int[channels];
        for (int i = 0; i < channels; i++) {
            identity[i] = i;
        }
        return identity;
    }

    /**
     * oggdec 1.4.2's layout, as a {@link #toWav}-style map: for 3 to 6 channels it moves Vorbis
     * channel {@code j} to position {@code permute[j]} of the table below (so 5.1 comes out
     * L R C BR LFE BL); other counts keep Vorbis order (for 7 and 8 oggdec's own output is
     * undefined, and libvorbis's order is the one defined answer).
     */
    public static int[] oggdec(int channels) {
        int[][] permute = {{0, 2, 1}, {0, 1, 2, 3}, {0, 1, 2, 3, 4}, {0, 2, 1, 5, 3, 4}};
        if (channels < 1) {
            throw new IllegalArgumentException("channels: " + channels);
        }
        int[] map = new int[channels];
        for (int i = 0; i < channels; i++) {
            map[i] = i;
        }
        if (channels >= 3 && channels <= 6) {
            int[] p = permute[channels - 3];
            for (int j = 0; j < channels; j++) {
                map[p[j]] = j;
            }
        }
        return map;
    }

    /** Reorders {@code frames} interleaved frames in place with the given {@link #toWav} map. */
    public static void apply(int[] toWav, float[] samples, int frames, float[] scratch) {
        int channels = toWav.length;
        for (int f = 0, base = 0; f < frames; f++, base += channels) {
            System.arraycopy(samples, base, scratch, 0, channels);
            for (int c = 0; c < channels; c++) {
                samples[base + c] = scratch[toWav[c]];
            }
        }
    }
}
