package io.tonearm.control.ingest;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import io.tonearm.control.seek.SeekIndexBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What ingestion must get right beyond CD audio, against a control plane started with no token
 * configured: the token file exists from the start, every source format yields the whole ladder,
 * and a mono source is as loud as the same signal in stereo.
 */
class IngestLadderIT {

    @TempDir
    static Path temp;
    private static RunningControlPlane app;
    private static JsonMapper json;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        Encoders.assumeAnEncoder();
        var properties = RunningControlPlane.properties(temp.resolve("data"), TestPack.write(temp.resolve("pack"), 1));
        app = RunningControlPlane.start(properties);
        json = app.context().getBean(JsonMapper.class);
        // Before any request: the control plane wrote its token at start.
        Path file = temp.resolve("data/control/ingest-token");
        assertThat(file).exists();
        token = Files.readString(file).trim();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** A sine at -6 dBFS of {@code seconds} on every one of {@code channels} channels. */
    static byte[] tone(int rate, int channels, double hz, double seconds, Map<String, String> info) {
        int frames = (int) Math.round(rate * seconds);
        short[] samples = new short[frames * channels];
        for (int i = 0; i < frames; i++) {
            short v = (short) Math.round(16383 * Math.sin(2 * Math.PI * hz * i / rate));
            for (int c = 0; c < channels; c++) {
                samples[i * channels + c] = v;
            }
        }
        return TestAudio.wav(rate, channels, samples, info);
    }

    private static JsonNode ingest(String name, byte[] wav) throws Exception {
        HttpResponse<String> r = Multipart.upload(app.uri("/v1/ingest"), token, name, wav);
        assertThat(r.statusCode()).as(name + ": " + r.body()).isEqualTo(201);
        return json.readValue(r.body(), JsonNode.class);
    }

    private static JsonNode link(String id, int kbps) throws Exception {
        HttpResponse<String> r = app.get("/v1/tracks/" + id + "/stream?quality=" + kbps);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readValue(r.body(), JsonNode.class);
    }

    @Test
    void the_token_written_at_start_is_the_one_uploads_need() throws Exception {
        byte[] wav = tone(44_100, 2, 300, 1, Map.of());
        assertThat(Multipart.upload(app.uri("/v1/ingest"), token + "x", "a.wav", wav).statusCode()).isEqualTo(401);
        assertThat(Multipart.upload(app.uri("/v1/ingest"), token, "a.wav", wav).statusCode()).isEqualTo(201);
    }

    @Test
    void mono_low_and_high_rate_sources_get_every_rung_at_a_format_libvorbis_reaches() throws Exception {
        int[][] sources = {{8_000, 1}, {22_050, 1}, {32_000, 2}, {44_100, 1}, {48_000, 2}, {96_000, 2}};
        for (int[] source : sources) {
            int rate = source[0];
            int channels = source[1];
            String name = rate + "Hz-" + channels + "ch.wav";
            String id = ingest(name, tone(rate, channels, 500 + rate / 100.0, 2, Map.of())).get("track_id").getStringValue();
            for (int kbps : TestPack.QUALITIES) {
                JsonNode link = link(id, kbps);
                HttpResponse<byte[]> audio = app.getBytes(RunningControlPlane.localPart(link.get("url").getStringValue()));
                assertThat(audio.statusCode()).isEqualTo(200);
                SeekIndexBuilder.Scan scan = SeekIndexBuilder.scan(new ByteArrayInputStream(audio.body()));
                int wantRate = kbps == 24 ? 22_050 : rate == 48_000 || rate == 96_000 ? 48_000 : 44_100;
                assertThat(scan.sampleRate()).as(name + " at " + kbps).isEqualTo(wantRate);
                assertThat(scan.channels()).as(name + " at " + kbps).isEqualTo(kbps == 24 ? 1 : 2);
                assertThat(link.get("sample_rate").getIntValue()).isEqualTo(wantRate);
                assertThat(scan.lastGranule()).as(name + " at " + kbps)
                        .isBetween(wantRate * 2L - 2048, wantRate * 2L + 2048);
            }
        }
    }

    @Test
    void a_mono_source_gets_the_gain_of_the_same_signal_on_both_channels() throws Exception {
        String mono = ingest("mono.wav", tone(44_100, 1, 1000, 4, Map.of("INAM", "Mono"))).get("track_id").getStringValue();
        String stereo = ingest("stereo.wav", tone(44_100, 2, 1000, 4, Map.of("INAM", "Stereo"))).get("track_id").getStringValue();
        double monoGain = link(mono, 320).get("loudness_gain_db").getDoubleValue();
        double stereoGain = link(stereo, 320).get("loudness_gain_db").getDoubleValue();
        assertThat(monoGain).isCloseTo(stereoGain, within(0.05));
        // A 1 kHz sine at -6 dBFS on two channels: -9 dBFS RMS each, +3 dB for two, about -6 LUFS.
        assertThat(stereoGain).isCloseTo(-8.0, within(0.3));
    }
}
