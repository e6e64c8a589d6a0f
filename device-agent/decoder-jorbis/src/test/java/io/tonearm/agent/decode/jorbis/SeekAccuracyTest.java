package io.tonearm.agent.decode.jorbis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.stream.SeekIndex;
import io.tonearm.agent.stream.seek.OggSeeker;
import io.tonearm.agent.stream.RangeReader;
import io.tonearm.agent.stream.seek.SeekIndexScanner;
import io.tonearm.agent.stream.seek.SeekPoint;
import io.tonearm.agent.stream.seek.StreamHead;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A seek resumes decoding at an Ogg page found by the seek index or by bisection, and the samples
 * that follow equal the reference decode of the whole file from that frame on, bit for bit.
 */
class SeekAccuracyTest {
    private static final Path AUDIO = Path.of("").toAbsolutePath().getParent().getParent().resolve("samples/audio");

    @ParameterizedTest(name = "{0} at frame {1}, index {2}")
    @CsvSource({
        "neon-harbor-01-320.ogg, 0, true", "neon-harbor-01-320.ogg, 1, false", "neon-harbor-01-320.ogg, 123457, true",
        "neon-harbor-01-320.ogg, 123457, false", "neon-harbor-01-320.ogg, 441000, false", "neon-harbor-01-320.ogg, 8191, false",
        "velvet-orchard-02-160.ogg, 300001, true", "velvet-orchard-02-160.ogg, 300001, false",
        "saltmarsh-lights-01-96.ogg, 777777, false", "saltmarsh-lights-01-96.ogg, 777777, true",
        "neon-harbor-01-24.ogg, 150000, true", "neon-harbor-01-24.ogg, 150000, false", "neon-harbor-01-24.ogg, 3, false",
    })
    void samples_after_a_seek_equal_the_reference_decode_at_that_frame(String file, long target, boolean withIndex) throws Exception {
        byte[] ogg = Files.readAllBytes(AUDIO.resolve(file));
        Decoded reference = Decoded.of(ogg);
        int channels = reference.formats().get(0).channels();
        MemoryReader reader = new MemoryReader(ogg);
        StreamHead head = StreamHead.read(reader);
        Optional<SeekIndex> index = withIndex ? Optional.of(SeekIndexScanner.scan(ogg, head.sampleRate())) : Optional.empty();
        int before = reader.reads;

        SeekPoint point = new OggSeeker(reader, head).locate(target, OggSeeker.PREROLL, index);
        byte[] got = decode(new VorbisDecoder().resume(head.headers(), tail(ogg, point.offset()), target), channels);

        byte[] want = Arrays.copyOfRange(reference.pcm(), (int) (target * channels * 2), reference.pcm().length);
        assertEquals(want.length, got.length, "frames after the seek");
        assertArrayEquals(want, got);
        assertTrue(point.granuleBefore() <= target);
        if (withIndex) {
            assertEquals(before, reader.reads, "the index costs no request");
        } else {
            assertTrue(reader.reads - before <= 2 * (64 - Long.numberOfLeadingZeros(ogg.length)), "bisection, not a scan: " + reader.reads);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"neon-harbor-01-320.ogg", "neon-harbor-01-24.ogg"})
    void resuming_past_the_target_is_reported_so_the_caller_can_back_off(String file) throws Exception {
        byte[] ogg = Files.readAllBytes(AUDIO.resolve(file));
        StreamHead head = StreamHead.read(new MemoryReader(ogg));
        SeekIndex index = SeekIndexScanner.scan(ogg, head.sampleRate());
        SeekIndex.Point late = index.points().get(5);

        DecodeException e = assertThrows(DecodeException.class,
                () -> new VorbisDecoder().resume(head.headers(), tail(ogg, late.offset()), late.granule() - 10_000));
        assertEquals(DecodeException.Problem.SEEK_MISSED, e.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"neon-harbor-01-320.ogg"})
    void a_target_past_the_end_yields_no_frames(String file) throws Exception {
        byte[] ogg = Files.readAllBytes(AUDIO.resolve(file));
        MemoryReader reader = new MemoryReader(ogg);
        StreamHead head = StreamHead.read(reader);
        long target = Decoded.of(ogg).totalFrames() + 5;
        SeekPoint point = new OggSeeker(reader, head).locate(target, OggSeeker.PREROLL, Optional.empty());

        assertEquals(0, decode(new VorbisDecoder().resume(head.headers(), tail(ogg, point.offset()), target), 2).length);
    }

    private static ByteArrayInputStream tail(byte[] ogg, long offset) {
        return new ByteArrayInputStream(ogg, (int) offset, ogg.length - (int) offset);
    }

    private static byte[] decode(DecodedAudio audio, int channels) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (audio) {
            float[] buf = new float[1000 * channels];
            byte[] bytes = new byte[buf.length * 2];
            for (int n = audio.read(buf, 1000); n != DecodedAudio.END; n = audio.read(buf, 1000)) {
                io.tonearm.agent.audio.Pcm16.toLittleEndian(buf, n * channels, bytes, 0);
                out.write(bytes, 0, n * channels * 2);
            }
        }
        return out.toByteArray();
    }

    /** Random access to a file in memory, counting reads. */
    static final class MemoryReader implements RangeReader {
        private final byte[] bytes;
        int reads;

        MemoryReader(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public byte[] read(long offset, int maxBytes) {
            reads++;
            int from = (int) Math.min(offset, bytes.length);
            return Arrays.copyOfRange(bytes, from, (int) Math.min(bytes.length, (long) from + maxBytes));
        }

        @Override
        public long length() {
            return bytes.length;
        }
    }
}
