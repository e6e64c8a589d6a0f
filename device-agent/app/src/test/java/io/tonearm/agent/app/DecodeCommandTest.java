package io.tonearm.agent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uses the decoder's committed fixtures, copied under src/test/resources/decode. */
class DecodeCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void decodes_a_stereo_file_to_a_wav_of_the_streams_format() throws Exception {
        Path out = dir.resolve("out.wav");

        int code = DecodeCommand.run(List.of(fixture("stereo-44k.ogg").toString(), out.toString()), err);

        assertThat(code).isZero();
        ByteBuffer wav = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(wav.getShort(22)).isEqualTo((short) 2);
        assertThat(wav.getInt(24)).isEqualTo(44_100);
        assertThat(wav.getInt(40)).isEqualTo(4410 * 4);
        assertThat(errBytes.size()).isZero();
    }

    @Test
    void concatenates_the_links_of_a_chained_stream_of_one_format() throws Exception {
        Path out = dir.resolve("chained.wav");

        assertThat(DecodeCommand.run(List.of(fixture("chained-same.ogg").toString(), out.toString()), err)).isZero();

        assertThat(Files.size(out)).isEqualTo(44 + 7497 * 4);
    }

    @Test
    void fails_with_one_line_and_no_output_on_links_of_different_formats() throws Exception {
        Path out = dir.resolve("x.wav");

        int code = DecodeCommand.run(List.of(fixture("chained-diff.ogg").toString(), out.toString()), err);

        assertThat(code).isEqualTo(1);
        assertThat(errLines()).singleElement().asString().contains("chained-diff.ogg").contains("different formats");
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().contains("x.wav"))).isEmpty();
    }

    @Test
    void names_the_file_when_it_is_not_ogg() throws Exception {
        Path text = Files.writeString(dir.resolve("song.ogg"), "not audio at all");

        int code = DecodeCommand.run(List.of(text.toString(), dir.resolve("o.wav").toString()), err);

        assertThat(code).isEqualTo(1);
        assertThat(errLines()).singleElement().asString().startsWith("decode: " + text + ": not an Ogg stream");
        assertThat(dir.resolve("o.wav")).doesNotExist();
    }

    @Test
    void reports_a_missing_input_file() {
        int code = DecodeCommand.run(List.of(dir.resolve("missing.ogg").toString(), dir.resolve("o.wav").toString()), err);

        assertThat(code).isEqualTo(1);
        assertThat(errLines()).singleElement().asString().endsWith("missing.ogg: no such file");
    }

    @Test
    void prints_usage_and_returns_2_on_wrong_arguments() {
        assertThat(DecodeCommand.run(List.of("only-one.ogg"), err)).isEqualTo(2);
        assertThat(errLines()).containsExactly(DecodeCommand.USAGE);
    }

    private List<String> errLines() {
        return errBytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path fixture(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = DecodeCommandTest.class.getResourceAsStream("/decode/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
