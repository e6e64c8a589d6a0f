package io.tonearm.agent.stream.abr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tonearm.agent.audio.PcmFormat;
import org.junit.jupiter.api.Test;

class PcmConverterTest {
    private static final PcmFormat MONO_22 = new PcmFormat(22_050, 1);
    private static final PcmFormat STEREO_44 = new PcmFormat(44_100, 2);

    @Test
    void mono_at_half_rate_becomes_stereo_with_a_frame_between_each_pair() {
        PcmConverter c = new PcmConverter(MONO_22, STEREO_44, 0);
        float[] out = new float[100];
        int n = c.convert(new float[] {0f, 0.5f, 1f}, 3, out);
        assertEquals(5, n, "x0, x0.5, x1, x1.5, x2 — the last half-step waits for the next input");
        assertArrayEquals(new float[] {0f, 0f, 0.25f, 0.25f, 0.5f, 0.5f, 0.75f, 0.75f, 1f, 1f},
                java.util.Arrays.copyOf(out, 10));
        n = c.convert(new float[] {0f}, 1, out);
        assertEquals(2, n, "the phase carries across calls");
        assertArrayEquals(new float[] {0.5f, 0.5f, 0f, 0f}, java.util.Arrays.copyOf(out, 4));
    }

    @Test
    void stereo_at_twice_the_rate_becomes_mono_by_averaging_every_other_frame() {
        PcmConverter c = new PcmConverter(STEREO_44, MONO_22, 0);
        float[] out = new float[10];
        int n = c.convert(new float[] {1f, 0f, 9f, 9f, 0f, 1f, 9f, 9f}, 4, out);
        assertEquals(2, n);
        assertArrayEquals(new float[] {0.5f, 0.5f}, java.util.Arrays.copyOf(out, 2));
    }

    @Test
    void a_start_between_two_frames_interpolates_there() {
        PcmConverter c = new PcmConverter(MONO_22, STEREO_44, 0.5);
        float[] out = new float[10];
        assertEquals(0, c.convert(new float[] {0f}, 1, out));
        assertEquals(2, c.convert(new float[] {1f}, 1, out));
        assertArrayEquals(new float[] {0.5f, 0.5f, 1f, 1f}, java.util.Arrays.copyOf(out, 4));
    }

    @Test
    void the_output_bound_holds_for_any_chunk() {
        PcmConverter c = new PcmConverter(MONO_22, STEREO_44, 0.25);
        for (int frames = 1; frames < 300; frames += 7) {
            float[] out = new float[c.maxOutput(frames) * 2];
            c.convert(new float[frames], frames, out);
        }
        assertThrows(IllegalArgumentException.class, () -> new PcmConverter(MONO_22, STEREO_44, 1.0));
    }
}
