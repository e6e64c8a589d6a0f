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
}
