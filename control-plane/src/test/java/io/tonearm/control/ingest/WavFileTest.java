package io.tonearm.control.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WavFileTest {

    @TempDir
    Path temp;

    private WavFile.Contents read(byte[] bytes) throws IOException {
        return WavFile.read(Files.write(temp.resolve("x.wav"), bytes), SourceDecoder.MAX_SECONDS);
    }

    @Test
    void reads_16_bit_pcm_and_its_info_tags() throws IOException {
        byte[] wav = TestAudio.wav(8000, 2, new short[]{16384, -32768, 0, 32767},
                Map.of("INAM", "Título 🎵", "IART", "Artist", "IPRD", "Album", "ICRD", "1999-12-31", "IPRT", "07"));
        WavFile.Contents c = read(wav);
        assertThat(c.pcm().frames()).isEqualTo(2);
        assertThat(c.pcm().channels()[0]).containsExactly(0.5f, 0f);
        assertThat(c.pcm().channels()[1]).containsExactly(-1f, 32767 / 32768f);
        assertThat(c.tags().title()).hasValue("Título 🎵");
        assertThat(c.tags().album()).hasValue("Album");
        assertThat(c.tags().year()).hasValue(1999);
        assertThat(c.tags().trackNumber()).hasValue(7);
    }

    @Test
    void reads_24_bit_pcm_and_32_bit_float_in_an_extensible_header() throws IOException {
        // 24-bit mono, one sample of -0.5: 0xC00000 little-endian.
        byte[] pcm24 = header(1, 1, 8000, 24, 3, 0);
        assertThat(read(concat(pcm24, new byte[]{0, 0, (byte) 0xC0, 0})).pcm().channels()[0][0]).isEqualTo(-0.5f);
        byte[] float32 = header(0xFFFE, 1, 8000, 32, 4, 3);
        byte[] sample = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.25f).array();
        assertThat(read(concat(float32, sample)).pcm().channels()[0][0]).isCloseTo(0.25f, within(1e-7f));
    }

    @Test
    void a_data_chunk_longer_than_the_file_is_clamped_as_streamed_wav_writes_it() throws IOException {
        byte[] wav = TestAudio.wav(8000, 1, new short[]{1000, 2000, 3000}, Map.of());
        ByteBuffer.wrap(wav, 40, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(-1);
        assertThat(read(wav).pcm().frames()).isEqualTo(3);
    }

    @Test
    void malformed_and_unsupported_files_are_not_audio() {
        byte[] good = TestAudio.wav(8000, 1, new short[]{1, 2, 3}, Map.of());
        byte[] noFmt = Arrays.copyOf(good, 12);
        byte[] badFmtSize = good.clone();
        ByteBuffer.wrap(badFmtSize, 16, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(1 << 30);
        byte[] adpcm = good.clone();
        adpcm[20] = 2;
        byte[] nineChannels = good.clone();
        nineChannels[22] = 9;
        byte[] badRate = good.clone();
        ByteBuffer.wrap(badRate, 24, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(1000);
        byte[] badAlign = good.clone();
        badAlign[32] = 7;
        for (byte[] bad : new byte[][]{noFmt, badFmtSize, adpcm, nineChannels, badRate, badAlign, "RIFX".getBytes()}) {
            assertThatThrownBy(() -> read(bad)).isInstanceOf(IngestException.class)
                    .extracting(e -> ((IngestException) e).reason()).isEqualTo(IngestException.Reason.NOT_AUDIO);
        }
    }

    @Test
    void an_info_chunk_with_a_lying_size_is_ignored_not_read_past() throws IOException {
        byte[] wav = TestAudio.wav(8000, 1, new short[]{5, 6}, Map.of("INAM", "Fine"));
        ByteBuffer.wrap(wav, 52, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(100_000); // INAM's size: RIFF 12 + fmt 24 + LIST 8 + INFO 4 + INAM 4
        WavFile.Contents c = read(wav);
        assertThat(c.tags().title()).isEmpty();
        assertThat(c.pcm().frames()).isEqualTo(2);
    }

    @Test
    void audio_longer_than_the_limit_is_refused_before_it_is_decoded() throws IOException {
        byte[] wav = TestAudio.wav(8000, 1, new short[8000 * 3], Map.of());
        Path file = Files.write(temp.resolve("long.wav"), wav);
        assertThatThrownBy(() -> WavFile.read(file, 2)).isInstanceOf(IngestException.class)
                .extracting(e -> ((IngestException) e).reason()).isEqualTo(IngestException.Reason.TOO_LONG);
    }

    private static byte[] header(int format, int channels, int rate, int bits, int dataBytes, int subFormat) {
        int fmtSize = format == 0xFFFE ? 40 : 16;
        ByteBuffer b = ByteBuffer.allocate(20 + fmtSize + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(12 + fmtSize + 8 + dataBytes).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(fmtSize).putShort((short) format).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        if (format == 0xFFFE) {
            b.putShort((short) 22).putShort((short) bits).putInt(0).putShort((short) subFormat).put(new byte[14]);
        }
        b.put("data".getBytes()).putInt(dataBytes);
        return b.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
