package io.tonearm.agent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code decode} lays out more than two channels. The fixture is a 5.1 file; its reference
 * ({@code six-48k.s16}) is {@code oggdec -R}'s output, in Vorbis order: L C R BL BR LFE. The
 * decoder matches libvorbis to within 1 LSB on this file, so a sample off by more than that means
 * a channel is in the wrong place.
 */
class DecodeLayoutTest {
    @TempDir
    Path dir;
    final PrintStream err = new PrintStream(new ByteArrayOutputStream(), true);

    @Test
    void by_default_writes_what_oggdec_writes_header_and_channel_order() throws Exception {
        Path out = dir.resolve("out.wav");
        assertThat(DecodeCommand.run(List.of(fixture("six-48k.ogg").toString(), out.toString()), err)).isZero();
        ByteBuffer wav = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(wav.getShort(20)).as("WAVE_FORMAT_PCM").isEqualTo((short) 1);
        assertThat(wav.getShort(22)).isEqualTo((short) 6);
        // oggdec 1.4.2 moves Vorbis channel j to position {0,2,1,5,3,4}[j]: L R C BR LFE BL.
        assertWithinOneLsb(data(wav, 44), permuted(reference(), new int[] {0, 2, 1, 4, 5, 3}));
    }

    @Test
    void on_request_writes_standard_wav_order_with_a_channel_mask() throws Exception {
        Path out = dir.resolve("out.wav");
        assertThat(DecodeCommand.run(List.of("--layout", "wav", fixture("six-48k.ogg").toString(), out.toString()), err)).isZero();
        ByteBuffer wav = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(wav.getShort(20) & 0xffff).as("WAVE_FORMAT_EXTENSIBLE").isEqualTo(0xfffe);
        assertThat(wav.getInt(40)).as("5.1 channel mask").isEqualTo(0x3f);
        // WAV order L R C LFE BL BR, taken from Vorbis's L C R BL BR LFE.
        assertWithinOneLsb(data(wav, 68), permuted(reference(), new int[] {0, 2, 1, 5, 3, 4}));
    }

    @Test
    void agrees_byte_for_byte_with_oggdec_when_it_is_installed() throws Exception {
        assumeTrue(onPath("oggdec"), "oggdec (vorbis-tools) is not installed");
        Path ogg = fixture("six-48k.ogg");
        Path ours = dir.resolve("ours.wav");
        Path theirs = dir.resolve("oggdec.wav");
        assertThat(DecodeCommand.run(List.of(ogg.toString(), ours.toString()), err)).isZero();
        Process p = new ProcessBuilder("oggdec", "-Q", "-o", theirs.toString(), ogg.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).isZero();
        byte[] a = Files.readAllBytes(ours);
        byte[] b = Files.readAllBytes(theirs);
        assertThat(Arrays.copyOf(a, 44)).as("header").isEqualTo(Arrays.copyOf(b, 44));
        assertWithinOneLsb(data(ByteBuffer.wrap(a), 44), data(ByteBuffer.wrap(b), 44));
    }

    @Test
    void rejects_an_unknown_layout_with_exit_2() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = DecodeCommand.run(List.of("--layout", "dolby", "a.ogg", "b.wav"), new PrintStream(bytes, true));
        assertThat(code).isEqualTo(2);
        assertThat(bytes.toString()).contains("--layout must be oggdec or wav");
    }

    private static void assertWithinOneLsb(short[] got, short[] want) {
        assertThat(got.length).as("samples").isEqualTo(want.length);
        int worst = 0;
        for (int i = 0; i < got.length; i++) {
            worst = Math.max(worst, Math.abs(got[i] - want[i]));
        }
        assertThat(worst).as("largest difference from the reference, in LSB").isLessThanOrEqualTo(1);
    }

    private Path fixture(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = DecodeLayoutTest.class.getResourceAsStream("/decode/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private static short[] reference() throws Exception {
        try (InputStream in = DecodeLayoutTest.class.getResourceAsStream("/decode/six-48k.s16")) {
            ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            short[] s = new short[b.remaining() / 2];
            b.asShortBuffer().get(s);
            return s;
        }
    }

    private static short[] data(ByteBuffer wav, int offset) {
        ByteBuffer d = wav.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(offset);
        short[] s = new short[d.remaining() / 2];
        d.asShortBuffer().get(s);
        return s;
    }

    /** Output channel i of each frame is input channel source[i]. */
    private static short[] permuted(short[] in, int[] source) {
        short[] out = Arrays.copyOf(in, in.length);
        for (int f = 0; f < in.length; f += source.length) {
            for (int i = 0; i < source.length; i++) {
                out[f + i] = in[f + source[i]];
            }
        }
        return out;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
