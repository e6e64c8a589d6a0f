package io.tonearm.agent.decode.jorbis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Encodes fresh files with sox and oggenc and compares with {@code oggdec -R}; skipped without vorbis-tools. */
class OggdecAgreementTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"8000, 1, -1, 0.01", "11025, 2, 0, 0.3", "22050, 3, 4, 0.2", "32000, 5, 6, 0.1",
        "44100, 2, 10, 1.0", "48000, 6, 3, 0.3", "48000, 8, 5, 0.1", "44100, 1, 2, 0.005", "44100, 6, -1, 0.3",
        "48000, 6, -1, 0.3"})
    void matches_oggdec_frame_for_frame(int rate, int channels, int quality, double seconds) throws Exception {
        assumeTrue(runs("sox", "--version") && runs("oggenc", "--version") && runs("oggdec", "--version"),
                "sox, oggenc and oggdec are needed");
        Path raw = dir.resolve("in.raw");
        Path ogg = dir.resolve("in.ogg");
        Path reference = dir.resolve("ref.s16");
        StringBuilder synth = new StringBuilder();
        for (int c = 0; c < channels; c++) {
            synth.append(c % 2 == 0 ? " pinknoise" : " sine " + (300 + 200 * c));
        }
        run("sh", "-c", "sox -R -n -r " + rate + " -b 16 -e signed -c " + channels + " -t raw " + raw + " synth "
                + seconds + synth + " vol 0.4");
        run("oggenc", "-Q", "-r", "-B", "16", "-C", "" + channels, "-R", "" + rate, "-q", "" + quality,
                raw.toString(), "-o", ogg.toString());
        run("oggdec", "-Q", "-R", ogg.toString(), "-o", reference.toString());

        Decoded decoded = Decoded.of(Files.readAllBytes(ogg));
        byte[] expected = Files.readAllBytes(reference);

        assertThat(decoded.pcm()).hasSameSizeAs(expected);
        assertThat(Decoded.snrDb(expected, decoded.pcm())).isGreaterThanOrEqualTo(VorbisDecoderFixturesTest.MIN_SNR_DB);
    }

    /**
     * A setup header whose residues end past the block: libvorbis decodes each only to the block's end
     * ({@code res2_inverse}: n/2 × channels), so packets carry fewer partitions than the header says.
     * Made from the stereo-44k fixture by raising two 24-bit residue end fields in its page 2.
     */
    @Test
    void decodes_residues_only_to_the_end_of_the_block_as_libvorbis_does() throws Exception {
        assumeTrue(runs("oggdec", "--version"), "oggdec is needed");
        byte[] ogg = VorbisDecoderFixturesTest.resource("stereo-44k.ogg");
        // residue 0, short blocks, type 2: end 208 -> 1000 > 2 x 128; residue 1, long blocks: 1600 -> 4000 > 2 x 1024
        assertThat(putBits(ogg, 31_356, 1000)).as("residue 0 end").isEqualTo(208);
        assertThat(putBits(ogg, 31_602, 4000)).as("residue 1 end").isEqualTo(1600);
        OggPages.fixChecksums(ogg);
        Path file = dir.resolve("long-residues.ogg");
        Path reference = dir.resolve("ref.s16");
        Files.write(file, ogg);
        run("oggdec", "-Q", "-R", file.toString(), "-o", reference.toString());

        Decoded decoded = Decoded.of(ogg);
        byte[] expected = Files.readAllBytes(reference);

        assertThat(decoded.pcm()).hasSameSizeAs(expected);
        assertThat(Decoded.snrDb(expected, decoded.pcm())).isGreaterThanOrEqualTo(VorbisDecoderFixturesTest.MIN_SNR_DB);
    }

    /** Replaces the 24-bit field at a bit offset (Vorbis packs least significant bit first, spec §2.1.4); returns the old value. */
    private static int putBits(byte[] data, int bitOffset, int value) {
        int old = 0;
        for (int b = 0; b < 24; b++) {
            int bit = bitOffset + b;
            int mask = 1 << (bit & 7);
            old |= ((data[bit >> 3] & mask) != 0 ? 1 : 0) << b;
            data[bit >> 3] = (byte) (((value >> b) & 1) != 0 ? data[bit >> 3] | mask : data[bit >> 3] & ~mask);
        }
        return old;
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    }
}
