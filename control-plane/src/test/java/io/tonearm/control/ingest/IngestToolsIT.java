package io.tonearm.control.ingest;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import io.tonearm.control.catalog.Catalog;
import io.tonearm.control.seek.SeekIndexBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingestion against the tools it finds: none, a transcoder that fails, one that hangs, and ffmpeg
 * alone (decoding FLAC and MP3, reading their tags with ffprobe, encoding with libvorbis). The
 * control plane looks for tools in a directory this test fills (tools are looked up per call).
 */
class IngestToolsIT {

    @TempDir
    static Path temp;
    private static Path tools;
    private static RunningControlPlane app;
    private static JsonMapper json;

    @BeforeAll
    static void start() throws IOException {
        tools = Files.createDirectories(temp.resolve("tools"));
        var properties = RunningControlPlane.properties(temp.resolve("data"), TestPack.write(temp.resolve("pack"), 1));
        properties.put("tonearm.control.ingest.token", IngestIT.TOKEN);
        properties.put("tonearm.control.ingest.tool-path", tools.toString());
        // Long enough for real ffmpeg runs on a loaded CI machine; the hang test waits this long once.
        properties.put("tonearm.control.ingest.tool-timeout", 15);
        app = RunningControlPlane.start(properties);
        json = app.context().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @AfterEach
    void emptyTools() throws IOException {
        try (Stream<Path> files = Files.list(tools)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
    }

    private static void script(String name, String body) throws IOException {
        Path file = tools.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }

    private static HttpResponse<String> upload(String name, byte[] bytes) throws Exception {
        return Multipart.upload(app.uri("/v1/ingest"), IngestIT.TOKEN, name, bytes);
    }

    private static java.util.Set<String> media() throws IOException {
        try (Stream<Path> media = Files.list(temp.resolve("data/media"))) {
            return media.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".staging"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    private static void assertNothingStored(long tracksBefore, java.util.Set<String> mediaBefore) throws IOException {
        assertThat(app.context().getBean(Catalog.class).trackCount()).isEqualTo(tracksBefore);
        assertThat(media()).isEqualTo(mediaBefore);
        try (Stream<Path> staged = Files.list(temp.resolve("data/media/.staging"))) {
            assertThat(staged.map(p -> p.getFileName().toString())).containsOnly("uploads");
        }
    }

    @Test
    void without_ffmpeg_or_oggenc_an_upload_gets_503_and_the_log_names_both() throws Exception {
        long before = app.context().getBean(Catalog.class).trackCount();
        var mediaBefore = media();
        HttpResponse<String> response = upload("a.wav", TestAudio.track(2, 100, 1, Map.of()));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("no audio transcoder (ffmpeg or oggenc)");
        Path wav = TestAudio.write(temp.resolve("direct.wav"), TestAudio.track(2, 100, 2, Map.of()));
        IngestOutcome outcome = app.context().getBean(IngestPipeline.class).ingest(wav, "direct.wav");
        assertThat(((IngestOutcome.Failed) outcome).message()).contains("ffmpeg").contains("oggenc").contains("PATH");
        assertNothingStored(before, mediaBefore);
    }

    @Test
    void a_transcoder_that_fails_midway_leaves_nothing_behind() throws Exception {
        long before = app.context().getBean(Catalog.class).trackCount();
        var mediaBefore = media();
        // Writes a real Ogg Vorbis file for 24 and 96 kbit/s, then fails on 160.
        Path ogg = Path.of("../samples/audio/velvet-orchard-01-24.ogg").toAbsolutePath().normalize();
        script("oggenc", "case \"$*\" in *'-b 160'*) echo 'oggenc: simulated failure' >&2; exit 3;; esac\n"
                + "while [ $# -gt 0 ]; do if [ \"$1\" = -o ]; then cp '" + ogg + "' \"$2\"; fi; shift; done");
        HttpResponse<String> response = upload("b.wav", TestAudio.track(2, 100, 3, Map.of()));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Transcoding failed").doesNotContain("simulated");
        assertNothingStored(before, mediaBefore);
    }

    @Test
    void a_transcoder_that_hangs_is_stopped_at_the_timeout() throws Exception {
        long before = app.context().getBean(Catalog.class).trackCount();
        var mediaBefore = media();
        script("oggenc", "sleep 300");
        long started = System.nanoTime();
        Path wav = TestAudio.write(temp.resolve("hang.wav"), TestAudio.track(2, 100, 4, Map.of()));
        IngestOutcome outcome = app.context().getBean(IngestPipeline.class).ingest(wav, "hang.wav");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(outcome).isInstanceOf(IngestOutcome.Failed.class);
        assertThat(((IngestOutcome.Failed) outcome).message()).contains("did not finish within 15 s");
        assertThat(seconds).isBetween(15.0, 60.0);
        assertNothingStored(before, mediaBefore);
    }

    @Test
    void with_only_ffmpeg_flac_and_mp3_are_decoded_tagged_and_encoded_to_the_ladder() throws Exception {
        Encoders.assumeFfmpeg();
        Path ffmpeg = Encoders.onPath("ffmpeg").orElseThrow();
        Files.createSymbolicLink(tools.resolve("ffmpeg"), ffmpeg);
        Files.createSymbolicLink(tools.resolve("ffprobe"), Encoders.onPath("ffprobe").orElseThrow());
        Path wav = TestAudio.write(temp.resolve("src.wav"), TestAudio.track(4, 120, 5, Map.of()));
        for (String format : List.of("flac", "mp3")) {
            Path encoded = temp.resolve("song." + format);
            new ProcessBuilder(ffmpeg.toString(), "-nostdin", "-v", "error", "-y", "-i", wav.toString(),
                    "-metadata", "title=Ferry " + format, "-metadata", "artist=Björk Test", "-metadata", "album=Harbour",
                    "-metadata", "date=2011", "-metadata", "track=4/9", encoded.toString())
                    .inheritIO().start().waitFor();
            HttpResponse<String> response = upload("song." + format, Files.readAllBytes(encoded));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            String id = json.readValue(response.body(), JsonNode.class).get("track_id").getStringValue();
            JsonNode track = json.readValue(app.get("/v1/tracks/" + id).body(), JsonNode.class);
            assertThat(track.get("name").getStringValue()).isEqualTo("Ferry " + format);
            assertThat(track.get("artists").get(0).get("name").getStringValue()).isEqualTo("Björk Test");
            assertThat(track.get("track_number").getIntValue()).isEqualTo(4);
            assertThat(track.get("album").get("release_date").getStringValue()).isEqualTo("2011");
            for (int kbps : new int[]{24, 320}) {
                JsonNode link = json.readValue(app.get("/v1/tracks/" + id + "/stream?quality=" + kbps).body(), JsonNode.class);
                byte[] audio = app.getBytes(RunningControlPlane.localPart(link.get("url").getStringValue())).body();
                SeekIndexBuilder.Scan scan = SeekIndexBuilder.scan(new ByteArrayInputStream(audio));
                assertThat(scan.sampleRate()).isEqualTo(kbps == 24 ? 22050 : 44100);
                assertThat(scan.channels()).isEqualTo(kbps == 24 ? 1 : 2);
            }
        }
    }

    @Test
    void with_only_ffmpeg_mono_22k_and_48k_sources_get_the_whole_ladder() throws Exception {
        Encoders.assumeFfmpeg();
        Files.createSymbolicLink(tools.resolve("ffmpeg"), Encoders.onPath("ffmpeg").orElseThrow());
        Files.createSymbolicLink(tools.resolve("ffprobe"), Encoders.onPath("ffprobe").orElseThrow());
        for (int[] source : new int[][]{{22_050, 1}, {48_000, 2}}) {
            int rate = source[0];
            int channels = source[1];
            byte[] wav = IngestLadderIT.tone(rate, channels, 700, 2, Map.of("INAM", "ffmpeg " + rate));
            HttpResponse<String> response = upload("ff-" + rate + ".wav", wav);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            String id = json.readValue(response.body(), JsonNode.class).get("track_id").getStringValue();
            for (int kbps : TestPack.QUALITIES) {
                JsonNode link = json.readValue(app.get("/v1/tracks/" + id + "/stream?quality=" + kbps).body(), JsonNode.class);
                byte[] audio = app.getBytes(RunningControlPlane.localPart(link.get("url").getStringValue())).body();
                SeekIndexBuilder.Scan scan = SeekIndexBuilder.scan(new ByteArrayInputStream(audio));
                assertThat(scan.sampleRate()).as(rate + " Hz at " + kbps).isEqualTo(kbps == 24 ? 22050 : rate == 48_000 ? 48_000 : 44_100);
                assertThat(scan.channels()).as(rate + " Hz at " + kbps).isEqualTo(kbps == 24 ? 1 : 2);
            }
        }
    }
}
