package com.jcraft.jorbis;

import java.lang.reflect.Field;

/**
 * Floor 1 curve synthesis (Vorbis I spec §7.2.4, step 2) as libvorbis 1.3's
 * {@code floor1_inverse2} does it, in place of JOrbis 0.0.17's {@code Floor1.inverse2}, which
 *
 * <ul>
 *   <li>fills the spectrum past the last post by multiplying each bin by the previous, already
 *       floored, bin instead of by the last post's amplitude. Any floor whose highest post lies below
 *       the residue's end breaks: libvorbis's 5.1 LFE floor has posts at 0 and 16 only, so at low
 *       quality, where the LFE residue reaches bin 24, short blocks come out as full-scale noise;
 *   <li>draws lines past the block's half size instead of stopping at it (spec: "n");
 *   <li>takes the block size from the mode number instead of the block flag;
 *   <li>does not clamp amplitudes to the 256-entry dB table.
 * </ul>
 *
 * <p>Stateless; one instance may serve any number of decoders.
 */
final class TonearmFloor1 extends Floor1 {
    static final TonearmFloor1 INSTANCE = new TonearmFloor1();

    /** The spec's floor1_inverse_dB_table, as JOrbis holds it (the same constants as libvorbis). */
    private static final float[] FROM_DB = jorbisTable();

    private TonearmFloor1() {
    }

    @Override
    int inverse2(Block vb, Object i, Object memo, float[] out) {
        int n = vb.vd.vi.blocksizes[vb.W] / 2;
        if (memo == null) {
            java.util.Arrays.fill(out, 0, n, 0f);
            return 0;
        }
        LookFloor1 look = (LookFloor1) i;
        InfoFloor1 info = look.vi;
        int[] fit = (int[]) memo;
        int hx = 0;
        int lx = 0;
        int ly = clamp(fit[0] * info.mult);
        for (int j = 1; j < look.posts; j++) {
            int current = look.forward_index[j];
            int hy = fit[current] & 0x7fff;
            if (hy == fit[current]) {
                hx = info.postlist[current];
                hy = clamp(hy * info.mult);
                renderLine(n, lx, hx, ly, hy, out);
                lx = hx;
                ly = hy;
            }
        }
        float last = FROM_DB[ly];
        for (int j = hx; j < n; j++) {
            out[j] *= last;
        }
        return 1;
    }

    private static int clamp(int y) {
        return y < 0 ? 0 : Math.min(y, 255);
    }

    /** libvorbis {@code render_line}: Bresenham from (x0, y0) towards (x1, y1), stopping at n. */
    private static void renderLine(int n, int x0, int x1, int y0, int y1, float[] d) {
        int dy = y1 - y0;
        int adx = x1 - x0;
        int base = dy / adx;
        int sy = dy < 0 ? base - 1 : base + 1;
        int ady = Math.abs(dy) - Math.abs(base * adx);
        int end = Math.min(n, x1);
        int x = x0;
        int y = y0;
        int err = 0;
        if (x < end) {
            d[x] *= FROM_DB[y];
        }
        while (++x < end) {
            err += ady;
            if (err >= adx) {
                err -= adx;
                y += sy;
            } else {
                y += base;
            }
            d[x] *= FROM_DB[y];
        }
    }

    private static float[] jorbisTable() {
        try {
            Field table = Floor1.class.getDeclaredField("FLOOR_fromdB_LOOKUP");
            table.setAccessible(true);
            float[] values = ((float[]) table.get(null)).clone();
            if (values.length != 256) {
                throw new IllegalStateException("JOrbis's dB table has " + values.length + " entries");
            }
            return values;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JOrbis without Floor1.FLOOR_fromdB_LOOKUP", e);
        }
    }
}
