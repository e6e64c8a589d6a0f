package io.tonearm.control.ingest;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import io.tonearm.control.catalog.Catalog;
import io.tonearm.control.catalog.CatalogChanged;
import io.tonearm.control.seek.SeekIndexBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Ingestion through {@code POST /v1/ingest} and the batch used by the CLI, with the real encoder of this machine. */
class IngestIT {

    static final String TOKEN = "test-ingest-token-0123456789abcdefghijkl";

    @TempDir
    static Path temp;
    private static RunningControlPlane app;
    private static JsonMapper json;
    static final List<CatalogChanged> CHANGES = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        Encoders.assumeAnEncoder();
        var properties = RunningControlPlane.properties(temp.resolve("data"), TestPack.write(temp.resolve("pack"), 1));
        properties.put("tonearm.control.ingest.token", TOKEN);
        properties.put("tonearm.control.ingest.max-upload-bytes", 4 * 1024 * 1024);
        app = RunningControlPlane.start(properties);
        json = app.context().getBean(JsonMapper.class);
        app.context().getBean(ChangeRecorder.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = app.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readValue(response.body(), JsonNode.class);
    }

    private static HttpResponse<String> upload(String name, byte[] bytes) throws Exception {
        return Multipart.upload(app.uri("/v1/ingest"), TOKEN, name, bytes);
    }

    private static long tracks() {
        return app.context().getBean(Catalog.class).trackCount();
    }

    @Test
    void a_folder_of_wav_files_is_ingested_and_every_quality_streams_as_ogg_vorbis() throws Exception {
        Path folder = temp.resolve("folder");
        List<Path> files = new ArrayList<>();
        double[] tempos = {96, 120, 140};
        for (int i = 0; i < 3; i++) {
            files.add(TestAudio.write(folder.resolve("song-" + i + ".wav"), TestAudio.track(8, tempos[i], i,
                    Map.of("INAM", "Folder Song " + i, "IART", "Fold Artist", "IPRD", "Folder Album",
                            "ICRD", "2019-05-01", "ITRK", (i + 1) + "/3"))));
        }
        List<IngestOutcome> outcomes = app.context().getBean(IngestBatch.class).ingest(files, o -> { });
        assertThat(outcomes).allMatch(o -> o instanceof IngestOutcome.Ingested, "all ingested: " + outcomes);
        for (int i = 0; i < 3; i++) {
            String id = ((IngestOutcome.Ingested) outcomes.get(i)).trackId().value();
            assertThat(CHANGES).anyMatch(c -> c.trackIds().contains(id));
            JsonNode track = get("/v1/tracks/" + id);
            assertThat(track.get("name").getStringValue()).isEqualTo("Folder Song " + i);
            assertThat(track.get("track_number").getIntValue()).isEqualTo(i + 1);
            assertThat(track.get("album").get("name").getStringValue()).isEqualTo("Folder Album");
            assertThat(track.get("album").get("release_date").getStringValue()).isEqualTo("2019");
            assertThat(track.get("album").get("total_tracks").getIntValue()).isEqualTo(3);
            assertThat(track.get("duration_ms").getLongValue()).isEqualTo(8000);
            assertThat(track.get("tempo_bpm").getDoubleValue()).isCloseTo(tempos[i], within(3.0));
            assertThat(track.get("energy").getDoubleValue()).isBetween(0.0, 1.0);
            for (int kbps : TestPack.QUALITIES) {
                JsonNode link = get("/v1/tracks/" + id + "/stream?quality=" + kbps);
                assertThat(link.get("peak").getDoubleValue()).isBetween(0.3, 1.0);
                assertThat(link.get("loudness_gain_db").getDoubleValue()).isBetween(-20.0, 20.0);
                JsonNode seek = link.get("seek_index");
                // About one point a second; at 24 kbit/s a 4 kB Ogg page holds more than a second.
                assertThat(seek.size()).isBetween(kbps == 24 ? 3 : 7, 10);
                assertThat(seek.get(0).get(0).getLongValue()).isZero();
                HttpResponse<byte[]> audio = app.getBytes(RunningControlPlane.localPart(link.get("url").getStringValue()));
                assertThat(audio.statusCode()).isEqualTo(200);
                SeekIndexBuilder.Scan scan = SeekIndexBuilder.scan(new ByteArrayInputStream(audio.body()));
                assertThat(scan.sampleRate()).isEqualTo(kbps == 24 ? 22050 : 44100);
                assertThat(scan.channels()).isEqualTo(kbps == 24 ? 1 : 2);
                assertThat(link.get("sample_rate").getIntValue()).isEqualTo(scan.sampleRate());
                assertThat(link.get("channels").getIntValue()).isEqualTo(scan.channels());
                assertThat(scan.lastGranule()).isBetween(scan.sampleRate() * 8L - 2048, scan.sampleRate() * 8L + 2048);
                assertThat(seek.get(seek.size() - 1).get(1).getLongValue()).isLessThan(audio.body().length);
            }
        }
    }

    @Test
    void an_upload_is_ingested_once_and_a_second_upload_of_the_same_bytes_changes_nothing() throws Exception {
        byte[] wav = TestAudio.track(4, 110, 42, Map.of("INAM", "Once", "IART", "Twice"));
        HttpResponse<String> first = upload("once.wav", wav);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode created = json.readValue(first.body(), JsonNode.class);
        assertThat(created.get("status").getStringValue()).isEqualTo("ingested");
        assertThat(created.get("title").getStringValue()).isEqualTo("Once");
        long count = tracks();
        HttpResponse<String> again = upload("renamed-copy.wav", wav);
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode duplicate = json.readValue(again.body(), JsonNode.class);
        assertThat(duplicate.get("status").getStringValue()).isEqualTo("duplicate");
        assertThat(duplicate.get("track_id").getStringValue()).isEqualTo(created.get("track_id").getStringValue());
        assertThat(tracks()).isEqualTo(count);
    }

    @Test
    void unicode_and_very_long_tags_are_kept_cleaned_and_cut_to_256_characters() throws Exception {
        String longTitle = "Ünïcödé 🎵 ".repeat(100);
        HttpResponse<String> response = upload("tags.wav", TestAudio.track(3, 100, 7,
                Map.of("INAM", longTitle, "IART", "Sigur Rós\u0007\n", "IPRD", "東京 Nights")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = json.readValue(response.body(), JsonNode.class).get("track_id").getStringValue();
        JsonNode track = get("/v1/tracks/" + id);
        String title = track.get("name").getStringValue();
        assertThat(title.length()).isLessThanOrEqualTo(256);
        assertThat(longTitle).startsWith(title);
        assertThat(track.get("artists").get(0).get("name").getStringValue()).isEqualTo("Sigur Rós");
        assertThat(track.get("album").get("name").getStringValue()).isEqualTo("東京 Nights");
    }

    @Test
    void a_file_name_with_path_traversal_is_only_text_and_writes_nothing_outside_the_store() throws Exception {
        HttpResponse<String> response = upload("../../../../tmp/evil-name.wav", TestAudio.track(3, 90, 9, Map.of()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = json.readValue(response.body(), JsonNode.class).get("track_id").getStringValue();
        assertThat(get("/v1/tracks/" + id).get("name").getStringValue()).isEqualTo("evil-name");
        assertThat(namesUnder(temp)).noneMatch(name -> name.contains("evil"));
    }

    /**
     * Every file and directory name under {@code root}. Files that vanish during the walk (the search
     * index commits its temporary files while the track is indexed) are skipped, not an error.
     */
    private static List<String> namesUnder(Path root) throws IOException {
        List<String> names = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                names.add(dir.getFileName().toString());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                names.add(file.getFileName().toString());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return names;
    }

    @Test
    void uploads_that_are_not_audio_are_refused_with_415() throws Exception {
        long count = tracks();
        HttpResponse<String> text = upload("notes.wav", "just some text, not a song\n".repeat(20).getBytes());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.body()).contains("not audio in a supported format");
        byte[] brokenWav = TestAudio.track(1, 100, 1, Map.of());
        brokenWav[20] = 85; // fmt chunk's format tag: MPEG layer 3 inside RIFF, which no reader here accepts as PCM
        assertThat(upload("broken.wav", java.util.Arrays.copyOf(brokenWav, 60)).statusCode()).isIn(415, 422);
        assertThat(tracks()).isEqualTo(count);
    }

    @Test
    void empty_and_silent_files_are_refused_with_422() throws Exception {
        long count = tracks();
        HttpResponse<String> empty = upload("empty.wav", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("The audio is empty or silent");
        assertThat(upload("silence.wav", TestAudio.silence(5)).statusCode()).isEqualTo(422);
        assertThat(upload("no-frames.wav", TestAudio.silence(0)).statusCode()).isEqualTo(422);
        assertThat(tracks()).isEqualTo(count);
    }

    @Test
    void an_upload_over_the_limit_is_refused_with_413_before_its_body_is_sent() throws Exception {
        // A raw client: announce 5 MiB (the limit here is 4 MiB), send none of it, read the answer.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.uri("/").getPort())) {
            socket.setSoTimeout(20_000);
            String head = "POST /v1/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + (5 * 1024 * 1024)
                    + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void uploads_need_the_ingest_token() throws Exception {
        byte[] wav = TestAudio.track(1, 100, 3, Map.of());
        HttpResponse<String> none = Multipart.upload(app.uri("/v1/ingest"), null, "a.wav", wav);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("No token provided");
        HttpResponse<String> wrong = Multipart.upload(app.uri("/v1/ingest"), TOKEN + "x", "a.wav", wav);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Invalid access token");
    }

    @Test
    void a_failure_while_committing_leaves_nothing_half_ingested() throws Exception {
        byte[] wav = TestAudio.track(3, 128, 77, Map.of("INAM", "Blocked"));
        Path source = TestAudio.write(temp.resolve("blocked.wav"), wav);
        String id = TrackIds.track(ContentHash.sha256(source)).value();
        Path media = temp.resolve("data/media");
        // A file where the track's media directory must go: the rows are written, then the move fails.
        Path blocker = Files.writeString(Files.createDirectories(media).resolve(id), "in the way");
        long count = tracks();
        int changes = CHANGES.size();
        IngestPipeline pipeline = app.context().getBean(IngestPipeline.class);
        IngestOutcome failed = pipeline.ingest(source, "blocked.wav");
        assertThat(failed).isInstanceOf(IngestOutcome.Failed.class);
        assertThat(((IngestOutcome.Failed) failed).reason()).isEqualTo(IngestException.Reason.STORAGE);
        assertThat(tracks()).isEqualTo(count);
        assertThat(app.get("/v1/tracks/" + id).statusCode()).isEqualTo(404);
        assertThat(CHANGES).hasSize(changes);
        try (Stream<Path> staged = Files.list(media.resolve(".staging"))) {
            assertThat(staged.filter(p -> !p.getFileName().toString().equals("uploads"))).isEmpty();
        }
        Files.delete(blocker);
        assertThat(pipeline.ingest(source, "blocked.wav")).isInstanceOf(IngestOutcome.Ingested.class);
        assertThat(tracks()).isEqualTo(count + 1);
    }

    /** Records every {@link CatalogChanged} the pipeline publishes. */
    @jakarta.inject.Singleton
    static class ChangeRecorder implements io.micronaut.context.event.ApplicationEventListener<CatalogChanged> {
        @Override
        public void onApplicationEvent(CatalogChanged event) {
            CHANGES.add(event);
        }
    }
}
