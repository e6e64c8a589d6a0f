package io.tonearm.agent.decode.jorbis;

import static io.tonearm.agent.decode.jorbis.VorbisDecoderFixturesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodeException.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Damaged and foreign input gives the documented problem or a bounded decode, never a hang or a RuntimeException. */
class CorruptInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @Test
    void refuses_empty_input_as_not_ogg() {
        assertThat(problemOf(new byte[0])).isEqualTo(Problem.NOT_OGG);
    }

    @Test
    void refuses_a_large_input_without_a_capture_pattern_as_not_ogg() {
        byte[] noise = new byte[1 << 20];
        new Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 'O' ? 0 : noise[i];
        }
        assertThat(problemOf(noise)).isEqualTo(Problem.NOT_OGG);
    }

    @Test
    void names_opus_as_an_unsupported_codec() {
        DecodeException e = failureOf(OggPages.page(0x02, 0, 1, 0, ascii("OpusHead\1\2\0\0\0\0\0\0\0\0\0")));
        assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_CODEC);
        assertThat(e.getMessage()).endsWith("Opus");
    }

    @Test
    void names_flac_in_ogg_as_an_unsupported_codec() {
        byte[] flac = ascii("\u007fFLAC\1\0\0\1fLaC\0\0\0\42");
        DecodeException e = failureOf(OggPages.page(0x02, 0, 9, 0, flac));
        assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_CODEC);
        assertThat(e.getMessage()).endsWith("FLAC");
    }

    @Test
    void reports_headers_cut_short_as_truncated() throws Exception {
        byte[] ogg = resource("stereo-44k.ogg");
        assertThat(problemOf(Arrays.copyOf(ogg, 100))).isEqualTo(Problem.TRUNCATED);
        assertThat(problemOf(Arrays.copyOf(ogg, 20))).isEqualTo(Problem.TRUNCATED);
    }

    @Test
    void reports_a_stream_without_its_setup_header_as_corrupt() throws Exception {
        byte[] ogg = resource("stereo-44k.ogg");
        int secondPage = OggPages.offsetOfPage(ogg, 1);
        byte[] idOnly = Arrays.copyOf(ogg, secondPage);
        byte[] withAudio = OggPages.concat(idOnly, OggPages.page(0x04, 1000, 2, 1, new byte[] {0, 1, 2}));
        assertThat(problemOf(withAudio)).isEqualTo(Problem.CORRUPT);
    }

    /** chained-same.ogg: link 1 is 4723 bytes with one audio page of 4410 frames; link 2 follows. */
    @ParameterizedTest
    @CsvSource({"4500, 0", "6000, 4410", "10000, 4410"})
    void ends_audio_cut_mid_stream_after_the_last_whole_page(int length, long expectedFrames) throws Exception {
        byte[] ogg = resource("chained-same.ogg");

        long frames = assertTimeoutPreemptively(HANG_GUARD, () -> Decoded.of(Arrays.copyOf(ogg, length)).totalFrames());

        assertThat(frames).isEqualTo(expectedFrames);
    }

    @Test
    void survives_random_byte_flips_with_a_bounded_decode() throws Exception {
        byte[] ogg = resource("chained-same.ogg");
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] damaged = ogg.clone();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            }
            assertTimeoutPreemptively(HANG_GUARD, () -> decodesOrFailsCleanly(damaged));
        }
    }

    @Test
    void survives_page_checksums_fixed_over_garbage() throws Exception {
        byte[] ogg = resource("stereo-44k.ogg");
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            byte[] damaged = ogg.clone();
            int from = OggPages.offsetOfPage(damaged, 1 + random.nextInt(2));
            for (int i = 0; i < 16; i++) {
                int at = Math.min(damaged.length - 1, from + 28 + random.nextInt(600));
                damaged[at] = (byte) random.nextInt();
            }
            OggPages.fixChecksums(damaged);
            assertTimeoutPreemptively(HANG_GUARD, () -> decodesOrFailsCleanly(damaged));
        }
    }

    @Test
    void refuses_a_page_whose_segments_claim_a_huge_packet() throws Exception {
        byte[] ogg = resource("stereo-44k.ogg");
        byte[] headers = Arrays.copyOf(ogg, OggPages.offsetOfPage(ogg, 2));
        byte[] huge = new byte[255 * 255];
        byte[] stream = headers;
        for (int i = 0; i < 80; i++) {
            stream = OggPages.concat(stream, OggPages.lacedPage(i == 0 ? 0 : 1, 2, 2 + i, huge));
        }
        byte[] input = stream;
        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> problemOf(input))).isEqualTo(Problem.CORRUPT);
    }

    private static void decodesOrFailsCleanly(byte[] input) {
        try {
            assertThat(Decoded.of(input).totalFrames()).isLessThan(1_000_000);
        } catch (DecodeException e) {
            assertThat(e.problem()).isNotNull();
        }
    }

    private static Problem problemOf(byte[] input) {
        return failureOf(input).problem();
    }

    private static DecodeException failureOf(byte[] input) {
        return catchThrowableOfType(DecodeException.class, () -> Decoded.of(input));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
