package io.tonearm.control.audio;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Serving audio behind a signed URL: bytes, ranges, validators and HEAD. */
class AudioEndpointIT {

    @TempDir
    static Path temp;
    private static RunningControlPlane app;
    private static JsonMapper json;
    private static final byte[] AUDIO = TestPack.audio(1, 96);

    @BeforeAll
    static void start() {
        Path pack = TestPack.write(temp.resolve("pack"), 1);
        app = RunningControlPlane.start(RunningControlPlane.properties(temp.resolve("data"), pack));
        json = app.context().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static String signedPath(RunningControlPlane app, JsonMapper json, String query) {
        try {
            JsonNode link = json.readValue(app.get("/v1/tracks/track-01/stream?" + query).body(), JsonNode.class);
            return RunningControlPlane.localPart(link.get("url").getStringValue());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String url() {
        return signedPath(app, json, "quality=96&device_id=kitchen");
    }

    @Test
    void serves_the_whole_file_with_validators_and_cache_headers() {
        HttpResponse<byte[]> response = app.getBytes(url());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(AUDIO);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/ogg");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(AUDIO.length));
        assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + TestPack.sha256(AUDIO) + "\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, max-age=900");
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
    }

    @Test
    void answers_if_none_match_with_304() {
        String etag = "\"" + TestPack.sha256(AUDIO) + "\"";
        HttpResponse<byte[]> response = app.getBytes(url(), "If-None-Match", "\"other\", " + etag);
        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("ETag")).hasValue(etag);
        assertThat(app.getBytes(url(), "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void serves_a_closed_range_with_206() {
        HttpResponse<byte[]> response = app.getBytes(url(), "Range", "bytes=10-19");
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(AUDIO, 10, 20));
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + AUDIO.length);
        assertThat(response.headers().firstValue("Content-Length")).hasValue("10");
    }

    @Test
    void serves_open_and_suffix_ranges() {
        HttpResponse<byte[]> open = app.getBytes(url(), "Range", "bytes=1000-");
        assertThat(open.statusCode()).isEqualTo(206);
        assertThat(open.body()).isEqualTo(Arrays.copyOfRange(AUDIO, 1000, AUDIO.length));
        HttpResponse<byte[]> suffix = app.getBytes(url(), "Range", "bytes=-5");
        assertThat(suffix.statusCode()).isEqualTo(206);
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(AUDIO, AUDIO.length - 5, AUDIO.length));
        assertThat(suffix.headers().firstValue("Content-Range"))
                .hasValue("bytes " + (AUDIO.length - 5) + "-" + (AUDIO.length - 1) + "/" + AUDIO.length);
        HttpResponse<byte[]> first = app.getBytes(url(), "Range", "bytes=0-0");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.body()).containsExactly(AUDIO[0]);
    }

    @Test
    void clamps_a_range_that_runs_past_the_end() {
        HttpResponse<byte[]> response = app.getBytes(url(), "Range", "bytes=1090-999999999999999999999999");
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(AUDIO, 1090, AUDIO.length));
    }

    @Test
    void an_unsatisfiable_range_is_416_with_the_size() {
        for (String range : new String[]{"bytes=" + AUDIO.length + "-", "bytes=99999999999999999999-", "bytes=-0"}) {
            HttpResponse<byte[]> response = app.getBytes(url(), "Range", range);
            assertThat(response.statusCode()).as(range).isEqualTo(416);
            assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + AUDIO.length);
        }
    }

    @Test
    void overlapping_ranges_are_coalesced_into_one_206() {
        HttpResponse<byte[]> response = app.getBytes(url(), "Range", "bytes=100-199,150-299,300-309");
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(AUDIO, 100, 310));
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 100-309/" + AUDIO.length);
        HttpResponse<byte[]> none = app.getBytes(url(), "Range", "bytes=" + AUDIO.length + "-," + (AUDIO.length + 5) + "-");
        assertThat(none.statusCode()).isEqualTo(416);
    }

    @Test
    void invalid_or_disjoint_ranges_get_the_whole_file() {
        for (String range : new String[]{"bytes=5-2", "bytes=abc", "bytes=0-0,5-9", "bytes=-", "items=0-5",
                "bytes 0-5", "bytes=--5", "bytes=1-2-3"}) {
            HttpResponse<byte[]> response = app.getBytes(url(), "Range", range);
            assertThat(response.statusCode()).as(range).isEqualTo(200);
            assertThat(response.body()).as(range).isEqualTo(AUDIO);
        }
    }

    @Test
    void if_range_with_a_stale_tag_sends_the_whole_file() {
        String etag = "\"" + TestPack.sha256(AUDIO) + "\"";
        assertThat(app.getBytes(url(), "Range", "bytes=0-9", "If-Range", etag).statusCode()).isEqualTo(206);
        assertThat(app.getBytes(url(), "Range", "bytes=0-9", "If-Range", "\"stale\"").statusCode()).isEqualTo(200);
    }

    @Test
    void head_gives_the_headers_without_a_body() {
        HttpResponse<byte[]> response = app.head(url());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(AUDIO.length));
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + TestPack.sha256(AUDIO) + "\"");
        HttpResponse<byte[]> ranged = app.head(url(), "Range", "bytes=0-9");
        assertThat(ranged.statusCode()).isEqualTo(206);
        assertThat(ranged.headers().firstValue("Content-Length")).hasValue("10");
    }

    @Test
    void every_quality_serves_its_own_bytes() {
        for (int kbps : TestPack.QUALITIES) {
            HttpResponse<byte[]> response = app.getBytes(signedPath(app, json, "quality=" + kbps));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(TestPack.audio(1, kbps));
        }
    }
}
