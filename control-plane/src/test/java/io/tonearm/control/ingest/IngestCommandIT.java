package io.tonearm.control.ingest;

import io.tonearm.control.TestPack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tonearm ingest}: a folder, then the same folder again, then a bad file and bad arguments. */
class IngestCommandIT {

    @TempDir
    Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void clearPack() {
        System.clearProperty("tonearm.control.sample-pack");
    }

    private int run(String... args) throws Exception {
        out.reset();
        err.reset();
        return IngestCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    @Test
    void ingests_a_folder_then_reports_duplicates_then_fails_on_a_bad_file() throws Exception {
        Encoders.assumeAnEncoder();
        System.setProperty("tonearm.control.sample-pack", TestPack.write(temp.resolve("pack"), 1).toString());
        Path folder = temp.resolve("music");
        TestAudio.write(folder.resolve("a/one.wav"), TestAudio.track(3, 100, 11, Map.of("INAM", "One")));
        TestAudio.write(folder.resolve("two.WAV"), TestAudio.track(3, 120, 12, Map.of("INAM", "Two")));
        Files.writeString(folder.resolve("cover.jpg"), "not picked up: not an audio extension");
        String data = temp.resolve("data").toString();

        assertThat(run(folder.toString(), "--data-dir", data)).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ingested   tr-").contains("\"One\"").contains("\"Two\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ingest: 1/2").contains("ingest: 2/2")
                .contains("2 ingested, 0 duplicates, 0 failed");

        assertThat(run(folder.toString(), "--data-dir", data)).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("duplicate  tr-").contains("nothing changed")
                .doesNotContain("ingested   ");

        Path bad = Files.writeString(temp.resolve("bad.mp3"), "no audio here");
        assertThat(run(bad.toString(), "--data-dir", data)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("failed     bad.mp3: ");
    }

    @Test
    void bad_arguments_exit_2_with_a_message() throws Exception {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: tonearm ingest");
        assertThat(run(temp.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or directory");
        Files.createDirectories(temp.resolve("empty"));
        assertThat(run(temp.resolve("empty").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no audio files");
    }
}
