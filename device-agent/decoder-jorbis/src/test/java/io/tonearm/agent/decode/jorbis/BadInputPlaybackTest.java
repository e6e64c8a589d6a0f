package io.tonearm.agent.decode.jorbis;

import static io.tonearm.agent.decode.jorbis.VorbisDecoderFixturesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.stream.TrackRef;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Bad input through the real player: each case ends its track with a stable error code (or plays
 * what is readable), the player thread survives, and the next play command works.
 */
class BadInputPlaybackTest {

    @Test
    void bytes_that_are_not_ogg() throws Exception {
        assertErrorThenRecovers("not Ogg at all, just text".getBytes(StandardCharsets.US_ASCII), "decode_not_ogg");
    }

    @Test
    void a_zero_length_file() throws Exception {
        assertErrorThenRecovers(new byte[0], "decode_not_ogg");
    }

    @Test
    void ogg_holding_opus() throws Exception {
        byte[] opusHead = ascii("OpusHead\1\2\0\0\u0080\u00bb\0\0\0\0\0");
        assertErrorThenRecovers(OggPages.page(0x02, 0, 1, 0, opusHead), "decode_unsupported_codec");
    }

    @Test
    void ogg_holding_flac() throws Exception {
        byte[] flacHead = ascii("\u007fFLAC\1\0\0\1fLaC\0\0\0\42");
        assertErrorThenRecovers(OggPages.page(0x02, 0, 9, 0, flacHead), "decode_unsupported_codec");
    }

    @Test
    void a_file_truncated_inside_its_headers() throws Exception {
        assertErrorThenRecovers(Arrays.copyOf(resource("stereo-44k.ogg"), 100), "decode_truncated");
    }

    @Test
    void a_corrupt_setup_header() throws Exception {
        byte[] ogg = resource("stereo-44k.ogg");
        byte[] idOnly = Arrays.copyOf(ogg, OggPages.offsetOfPage(ogg, 1));
        byte[] broken = OggPages.concat(idOnly, OggPages.page(0x04, 1000, 2, 1, new byte[] {0, 1, 2}));
        assertErrorThenRecovers(broken, "decode_corrupt");
    }

    @Test
    void a_page_claiming_an_absurd_packet_size() throws Exception {
        byte[] ogg = resource("stereo-44k.ogg");
        byte[] stream = Arrays.copyOf(ogg, OggPages.offsetOfPage(ogg, 2));
        byte[] huge = new byte[255 * 255];
        for (int i = 0; i < 80; i++) {
            stream = OggPages.concat(stream, OggPages.lacedPage(i == 0 ? 0 : 1, 2, 2 + i, huge));
        }
        assertErrorThenRecovers(stream, "decode_corrupt");
    }

    @Test
    void a_page_with_a_bad_checksum_is_skipped_and_the_rest_plays() throws Exception {
        byte[] ogg = PlayerHarness.sample("velvet-orchard-01-24.ogg");
        byte[] damaged = ogg.clone();
        int third = OggPages.offsetOfPage(damaged, 5);
        damaged[third + 40] ^= 0x55;
        long full = Decoded.of(ogg).totalFrames();
        try (PlayerHarness h = new PlayerHarness(1000, 100)) {
            h.play(h.add("damaged", damaged, 0));
            h.await("ended");

            long frames = h.capture.bytesCaptured() / 2;
            assertThat(frames).isPositive().isLessThan(full);
            assertThat(h.log).noneMatch(l -> l.startsWith("error")).contains("damaged damaged 1");
        }
    }

    @Test
    void a_stream_cut_mid_audio_plays_what_arrived() throws Exception {
        byte[] ogg = resource("chained-same.ogg");
        try (PlayerHarness h = new PlayerHarness(1000, 100)) {
            h.play(h.add("cut", Arrays.copyOf(ogg, 6000), 0));
            h.await("ended");

            assertThat(h.capture.bytesCaptured()).isEqualTo(4410L * 4);
        }
    }

    private static void assertErrorThenRecovers(byte[] bad, String code) throws Exception {
        try (PlayerHarness h = new PlayerHarness(1000, 100)) {
            TrackRef broken = h.add("broken", bad, 0);
            TrackRef good = h.add("good", resource("mono-8k.ogg"), 0);

            h.play(broken, good);
            h.await("error broken");
            assertThat(h.log).contains("error broken " + code).noneMatch(l -> l.startsWith("started good"));

            h.play(good);
            h.await("ended");
            assertThat(h.player).isNotNull();
            assertThat(h.capture.bytesCaptured()).isEqualTo((long) Decoded.of(resource("mono-8k.ogg")).pcm().length);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
