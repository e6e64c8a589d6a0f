package io.tonearm.agent.decode.jorbis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.audio.PcmFormat;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decodes the committed fixtures (made by {@code fixtures/make-fixtures.sh}) and compares them with
 * the committed {@code oggdec -R} output: same frames, SNR of at least 90 dB.
 */
class VorbisDecoderFixturesTest {
    static final double MIN_SNR_DB = 90;

    @ParameterizedTest
    @ValueSource(strings = {"mono-8k", "stereo-44k", "six-48k", "six-48k-q-1", "chained-same"})
    void decodes_like_oggdec(String name) throws Exception {
        Properties expected = properties();
        byte[] reference = resource(name + ".s16");
        assertThat(sha256(reference)).as("reference intact").isEqualTo(expected.getProperty(name + ".sha256"));

        Decoded decoded = Decoded.of(resource(name + ".ogg"));

        String[] format = expected.getProperty(name + ".format").split("/");
        assertThat(decoded.formats()).containsExactly(
                new PcmFormat(Integer.parseInt(format[0]), Integer.parseInt(format[1])));
        assertThat(decoded.totalFrames()).isEqualTo(Long.parseLong(expected.getProperty(name + ".frames")));
        assertThat(decoded.pcm()).hasSameSizeAs(reference);
        assertThat(Decoded.snrDb(reference, decoded.pcm())).isGreaterThanOrEqualTo(MIN_SNR_DB);
    }

    @Test
    void reports_a_format_change_once_between_links_of_different_formats() throws Exception {
        Decoded decoded = Decoded.of(resource("chained-diff.ogg"));

        assertThat(decoded.formats()).containsExactly(new PcmFormat(44_100, 2), new PcmFormat(8_000, 1));
        String[] frames = properties().getProperty("chained-diff.frames").split(",");
        assertThat(decoded.frames()).containsExactly(Long.parseLong(frames[0]), Long.parseLong(frames[1]));
    }

    @Test
    void decodes_a_chained_stream_of_one_format_as_one() throws Exception {
        Decoded decoded = Decoded.of(resource("chained-same.ogg"));

        assertThat(decoded.formats()).hasSize(1);
        assertThat(decoded.totalFrames()).isEqualTo(Decoded.of(resource("stereo-44k.ogg")).totalFrames() + 3087);
    }

    static Properties properties() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VorbisDecoderFixturesTest.class.getResourceAsStream("/fixtures/fixtures.properties")) {
            p.load(in);
        }
        return p;
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = VorbisDecoderFixturesTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
