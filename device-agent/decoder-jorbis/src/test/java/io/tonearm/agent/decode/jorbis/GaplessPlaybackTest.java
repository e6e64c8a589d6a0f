package io.tonearm.agent.decode.jorbis;

import static io.tonearm.agent.decode.jorbis.PlayerHarness.sample;
import static io.tonearm.agent.decode.jorbis.VorbisDecoderFixturesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.stream.TrackRef;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * Two tracks through the real player and decoder: what the sink receives is exactly the two
 * reference decodes end to end — no gap, no overlap, no flush or drain between them.
 */
class GaplessPlaybackTest {

    @Test
    void the_next_tracks_first_sample_follows_the_last_sample_of_the_current_one() throws Exception {
        byte[] first = sample("velvet-orchard-01-96.ogg");
        byte[] second = sample("velvet-orchard-02-96.ogg");
        byte[] want = concat(Decoded.of(first).pcm(), Decoded.of(second).pcm());
        try (PlayerHarness h = new PlayerHarness(5000, 100)) {
            TrackRef a = h.add("a", first, 22_600);
            TrackRef b = h.add("b", second, 21_061);

            h.play(a, b);
            h.await("ended");

            assertThat(samplesOf(h.capture.samples())).isEqualTo(want);
            int firstBytes = Decoded.of(first).pcm().length;
            assertThat(h.log).containsExactly("loading a 0", "open 44100 Hz, 2 channels", h.log.get(2), "completed a 0 @" + firstBytes,
                    "loading b 1", h.log.get(5), "completed b 1 @" + want.length, "drain", "ended");
            assertThat(h.log.get(2)).startsWith("started a 0");
            assertThat(h.log.get(5)).startsWith("started b 1");
        }
    }

    @Test
    void prepares_the_next_track_within_the_gapless_lead_of_the_current_ones_end() throws Exception {
        byte[] first = sample("velvet-orchard-01-96.ogg");
        byte[] second = sample("velvet-orchard-02-96.ogg");
        long firstBytes = Decoded.of(first).pcm().length;
        long bytesPerSecond = 44_100 * 4;
        try (PlayerHarness h = new PlayerHarness(5000, 100)) {
            h.play(h.add("a", first, 22_600), h.add("b", second, 21_061));
            h.await("ended");

            assertThat(h.resolves).hasSize(2);
            long sunkWhenPrepared = Long.parseLong(h.resolves.get(1).substring("b@".length()));
            // Prepared before the end, and not before the 5 s lead (the prefetch thread resolves a
            // moment after the decision while this unpaced sink races on, hence no lower bound).
            assertThat(sunkWhenPrepared).isLessThan(firstBytes).isGreaterThanOrEqualTo(firstBytes - bytesPerSecond * 5);
        }
    }

    @Test
    void a_track_of_another_rate_and_channel_count_reopens_the_sink_and_loses_no_sample() throws Exception {
        byte[] stereo = sample("velvet-orchard-01-96.ogg");
        byte[] mono = sample("velvet-orchard-02-24.ogg");
        byte[] want = concat(Decoded.of(stereo).pcm(), Decoded.of(mono).pcm());
        try (PlayerHarness h = new PlayerHarness(5000, 100)) {
            h.play(h.add("a", stereo, 22_600), h.add("b", mono, 21_061), h.add("c", stereo, 22_600));
            h.await("ended");

            assertThat(samplesOf(h.capture.samples())).isEqualTo(concat(want, Decoded.of(stereo).pcm()));
            assertThat(h.log.stream().filter(l -> l.startsWith("open"))).containsExactly(
                    "open 44100 Hz, 2 channels", "open 22050 Hz, 1 channel", "open 44100 Hz, 2 channels");
            assertThat(h.log).doesNotContain("flush").containsOnlyOnce("drain");
        }
    }

    @Test
    void a_chained_stream_changing_rate_mid_track_plays_every_link() throws Exception {
        byte[] chained = resource("chained-diff.ogg");
        Decoded reference = Decoded.of(chained);
        try (PlayerHarness h = new PlayerHarness(5000, 100)) {
            h.play(h.add("chain", chained, 0));
            h.await("ended");

            assertThat(samplesOf(h.capture.samples())).isEqualTo(reference.pcm());
            assertThat(h.log.stream().filter(l -> l.startsWith("open"))).containsExactly(
                    "open 44100 Hz, 2 channels", "open 8000 Hz, 1 channel");
            assertThat(h.log.stream().filter(l -> l.startsWith("completed"))).hasSize(1);
        }
    }

    @Test
    void starting_a_queue_mid_track_does_not_wait_for_a_preparation_of_another_generation() throws Exception {
        byte[] first = sample("velvet-orchard-01-96.ogg");
        try (PlayerHarness h = new PlayerHarness(30_000, 100)) {
            TrackRef a = h.add("a", first, 22_600);
            TrackRef b = h.add("b", sample("velvet-orchard-02-96.ogg"), 21_061);
            h.play(a, b);
            h.await("loading b");
            h.log.clear();
            h.play(b);
            h.await("ended");

            assertThat(h.log).contains("loading b 0").doesNotContain("error");
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static byte[] samplesOf(short[] samples) {
        ByteBuffer buf = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        buf.asShortBuffer().put(samples);
        return buf.array();
    }
}
