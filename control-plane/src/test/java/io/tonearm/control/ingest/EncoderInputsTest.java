package io.tonearm.control.ingest;

import io.tonearm.control.analysis.Pcm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncoderInputsTest {

    @TempDir
    Path dir;

    @Test
    void mono_is_copied_to_both_channels_and_stereo_is_averaged_to_mono() {
        Pcm mono = new Pcm(22050, new float[][]{{0.5f, -0.25f, 1f}});
        Pcm two = EncoderInputs.remix(mono, 2);
        assertThat(two.channelCount()).isEqualTo(2);
        assertThat(two.channels()[0]).containsExactly(0.5f, -0.25f, 1f);
        assertThat(two.channels()[1]).containsExactly(0.5f, -0.25f, 1f);
        Pcm stereo = new Pcm(44100, new float[][]{{1f, 0f}, {0f, -0.5f}});
        assertThat(EncoderInputs.remix(stereo, 1).channels()[0]).containsExactly(0.5f, -0.25f);
        assertThat(EncoderInputs.remix(stereo, 2)).isSameAs(stereo);
    }

    @Test
    void surround_is_not_silently_folded_to_stereo() {
        Pcm six = new Pcm(48000, new float[6][4]);
        assertThatThrownBy(() -> EncoderInputs.remix(six, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(EncoderInputs.remix(six, 1).channelCount()).isEqualTo(1);
    }

    @Test
    void each_channel_count_is_written_once_as_a_float_wav_at_the_source_rate() throws Exception {
        EncoderInputs inputs = new EncoderInputs(new Pcm(22050, new float[][]{new float[100]}), dir);
        Path stereo = inputs.withChannels(2);
        assertThat(inputs.withChannels(2)).isEqualTo(stereo);
        Path mono = inputs.withChannels(1);
        assertThat(mono).isNotEqualTo(stereo);
        byte[] head = Files.readAllBytes(stereo);
        assertThat(head.length).isEqualTo(44 + 100 * 2 * 4);
        assertThat(head[22]).isEqualTo((byte) 2); // channels
        assertThat(Files.size(mono)).isEqualTo(44 + 100 * 4);
        assertThat(inputs.sourceRate()).isEqualTo(22050);
    }
}
