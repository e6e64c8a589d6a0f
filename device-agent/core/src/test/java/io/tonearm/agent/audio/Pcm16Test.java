package io.tonearm.agent.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Pcm16Test {

    @Test
    void rounds_half_to_even_like_lrintf() {
        assertThat(Pcm16.toShort(0.5f / 32768f)).isEqualTo((short) 0);
        assertThat(Pcm16.toShort(1.5f / 32768f)).isEqualTo((short) 2);
        assertThat(Pcm16.toShort(2.5f / 32768f)).isEqualTo((short) 2);
        assertThat(Pcm16.toShort(-1.5f / 32768f)).isEqualTo((short) -2);
        assertThat(Pcm16.toShort(1.4f / 32768f)).isEqualTo((short) 1);
    }

    @Test
    void clips_at_the_16_bit_range() {
        assertThat(Pcm16.toShort(1.0f)).isEqualTo(Short.MAX_VALUE);
        assertThat(Pcm16.toShort(3.0f)).isEqualTo(Short.MAX_VALUE);
        assertThat(Pcm16.toShort(-1.0f)).isEqualTo(Short.MIN_VALUE);
        assertThat(Pcm16.toShort(-7.0f)).isEqualTo(Short.MIN_VALUE);
        assertThat(Pcm16.toShort(32766.5f / 32768f)).isEqualTo((short) 32766);
    }

    @Test
    void writes_little_endian() {
        byte[] out = new byte[4];
        Pcm16.toLittleEndian(new float[] {258f / 32768f, -2f / 32768f}, 2, out, 0);
        assertThat(out).containsExactly(0x02, 0x01, 0xfe, 0xff);
    }

    @Test
    void the_bulk_conversion_agrees_with_the_per_sample_one_everywhere_that_matters() {
        java.util.Random random = new java.util.Random(11);
        float[] in = new float[200_000];
        for (int i = 0; i < in.length; i++) {
            in[i] = i < 16 ? new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1f, -1f, 0f, -0f,
                    32766.5f / 32768f, 32767.5f / 32768f, -32767.5f / 32768f, -32768.5f / 32768f, 1e10f, -1e10f,
                    0.5f / 32768f, 1.5f / 32768f, -2.5f / 32768f}[i]
                    : (float) (random.nextGaussian() * 0.6);
        }
        byte[] out = new byte[in.length * 2];
        Pcm16.toLittleEndian(in, in.length, out, 0);
        for (int i = 0; i < in.length; i++) {
            short bulk = (short) ((out[2 * i] & 0xff) | (out[2 * i + 1] << 8));
            short single = Float.isNaN(in[i]) ? 0 : Pcm16.toShort(in[i]);
            assertThat(bulk).as("sample %d (%s)", i, in[i]).isEqualTo(single);
        }
    }
}
