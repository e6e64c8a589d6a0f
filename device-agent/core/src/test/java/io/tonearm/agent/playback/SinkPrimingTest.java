package io.tonearm.agent.playback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.decode.AudioDecoder;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.testkit.MemoryCatalog;
import io.tonearm.agent.testkit.RawPcmDecoder;
import io.tonearm.agent.testkit.RecordingTransport;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * An empty sink starts sounding on the first write, so the player never starts it on a sliver (a
 * short first Vorbis block, the tail of a chunk cut at a handoff instant): it gathers at least a
 * chunk first, and loses or reorders nothing doing so.
 */
class SinkPrimingTest {
    private static final PcmFormat FORMAT = new PcmFormat(8000, 2);
    private static final int CHUNK = 256;

    @Test
    void a_short_first_block_waits_for_the_next_so_the_sink_starts_on_a_whole_chunk() {
        byte[] pcm = RawPcmDecoder.ramp(1000, 2, 3);
        SoundCard card = play(pcm, 40, true);
        assertThat(card.writes.get(0)).isGreaterThanOrEqualTo(CHUNK);
        assertThat(card.captured.toByteArray()).isEqualTo(pcm);
    }

    @Test
    void a_sink_that_cannot_tell_what_it_holds_gets_the_same_samples() {
        byte[] pcm = RawPcmDecoder.ramp(1000, 2, 4);
        SoundCard card = play(pcm, 40, false);
        assertThat(card.writes.get(0)).isGreaterThanOrEqualTo(CHUNK);
        assertThat(card.captured.toByteArray()).isEqualTo(pcm);
    }

    @Test
    void a_track_shorter_than_a_chunk_still_sounds_whole() {
        byte[] pcm = RawPcmDecoder.ramp(100, 2, 5);
        List<String> done = new CopyOnWriteArrayList<>();
        SoundCard card = play(pcm, 40, true, done);
        assertThat(card.captured.toByteArray()).isEqualTo(pcm);
        assertThat(done).containsExactly("ended");
    }

    private static SoundCard play(byte[] pcm, int firstRead, boolean tellsLatency) {
        return play(pcm, firstRead, tellsLatency, new CopyOnWriteArrayList<>());
    }

    private static SoundCard play(byte[] pcm, int firstRead, boolean tellsLatency, List<String> done) {
        MemoryCatalog catalog = new MemoryCatalog();
        TrackRef a = catalog.add("a", pcm);
        SoundCard card = new SoundCard(tellsLatency);
        AudioDecoder decoder = new ShortFirstRead(new RawPcmDecoder(FORMAT), firstRead);
        try (Player player = new Player(catalog, catalog, new PlayerParts(decoder, card, CHUNK),
                HardwareVolumeTest.endListener(done), 100, Optional.empty())) {
            player.play(new PlayRequest(List.of(a), 0, 0, Quality.KBPS_320, false));
            RecordingTransport.await(() -> done.isEmpty() ? null : true);
        }
        return card;
    }

    /** Its first read returns only {@code first} frames, as a Vorbis stream's first short block does. */
    private record ShortFirstRead(AudioDecoder inner, int first) implements AudioDecoder {
        @Override
        public DecodedAudio open(InputStream in) throws DecodeException {
            DecodedAudio audio = inner.open(in);
            return new DecodedAudio() {
                private boolean firstDone;

                @Override
                public PcmFormat format() {
                    return audio.format();
                }

                @Override
                public int read(float[] dst, int maxFrames) throws DecodeException {
                    int max = firstDone ? maxFrames : Math.min(first, maxFrames);
                    firstDone = true;
                    return audio.read(dst, max);
                }

                @Override
                public void close() {
                    audio.close();
                }
            };
        }
    }

    /** Records each write's size; while it holds audio it says so, as a started sound card does. */
    private static final class SoundCard implements AudioSink {
        final List<Integer> writes = new CopyOnWriteArrayList<>();
        final ByteArrayOutputStream captured = new ByteArrayOutputStream();
        private final boolean tellsLatency;

        SoundCard(boolean tellsLatency) {
            this.tellsLatency = tellsLatency;
        }

        @Override
        public void open(PcmFormat format) {
        }

        @Override
        public synchronized void write(byte[] s16le, int offset, int length) {
            writes.add(length / FORMAT.bytesPerFrame());
            captured.write(s16le, offset, length);
        }

        @Override
        public long latencyNanos() {
            return tellsLatency && !writes.isEmpty() ? 20_000_000 : 0;
        }

        @Override
        public void close() {
        }
    }
}
