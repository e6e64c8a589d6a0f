package io.tonearm.agent.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.agent.audio.PcmFormat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavFileSinkTest {
    @TempDir
    Path dir;

    @Test
    void writes_a_canonical_44_byte_header_for_stereo_with_sizes_patched() throws Exception {
        Path file = dir.resolve("s.wav");
        try (WavFileSink sink = new WavFileSink(file)) {
            sink.open(new PcmFormat(44_100, 2));
            sink.write(new byte[] {1, 0, 2, 0, 3, 0, 4, 0}, 0, 8);
            sink.drain();
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.capacity()).isEqualTo(44 + 8);
        assertThat(b.getInt(4)).isEqualTo(36 + 8);
        assertThat(b.getShort(20)).isEqualTo((short) 1);
        assertThat(b.getShort(22)).isEqualTo((short) 2);
        assertThat(b.getInt(24)).isEqualTo(44_100);
        assertThat(b.getInt(28)).isEqualTo(44_100 * 4);
        assertThat(b.getShort(32)).isEqualTo((short) 4);
        assertThat(b.getShort(34)).isEqualTo((short) 16);
        assertThat(b.getInt(40)).isEqualTo(8);
        assertThat(b.get(44)).isEqualTo((byte) 1);
    }

    @Test
    void writes_an_extensible_header_with_the_5_1_channel_mask_for_six_channels() throws Exception {
        Path file = dir.resolve("six.wav");
        try (WavFileSink sink = new WavFileSink(file)) {
            sink.open(new PcmFormat(48_000, 6));
            sink.write(new byte[24], 0, 24);
            sink.drain();
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.capacity()).isEqualTo(68 + 24);
        assertThat(b.getInt(16)).isEqualTo(40);
        assertThat(b.getShort(20)).isEqualTo((short) 0xfffe);
        assertThat(b.getShort(36)).isEqualTo((short) 22);
        assertThat(b.getInt(40)).isEqualTo(0x3f);
        assertThat(b.getInt(44)).isEqualTo(1);
        assertThat(b.getInt(64)).isEqualTo(24);
    }

    @Test
    void patches_sizes_on_close_without_drain() throws Exception {
        Path file = dir.resolve("c.wav");
        WavFileSink sink = new WavFileSink(file);
        sink.open(new PcmFormat(8_000, 1));
        sink.write(new byte[100_000], 0, 100_000);
        sink.close();
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(40)).isEqualTo(100_000);
        assertThat(b.capacity()).isEqualTo(44 + 100_000);
    }

    @Test
    void refuses_a_format_change_within_one_file() throws Exception {
        try (WavFileSink sink = new WavFileSink(dir.resolve("f.wav"))) {
            sink.open(new PcmFormat(44_100, 2));
            assertThatThrownBy(() -> sink.open(new PcmFormat(22_050, 2))).isInstanceOf(SinkException.class);
        }
    }

    @Test
    void uses_the_vorbis_layouts_channel_masks() {
        assertThat(WavFileSink.channelMask(3)).isEqualTo(0x7);
        assertThat(WavFileSink.channelMask(4)).isEqualTo(0x33);
        assertThat(WavFileSink.channelMask(8)).isEqualTo(0x63f);
        assertThat(WavFileSink.channelMask(9)).isZero();
    }
}
