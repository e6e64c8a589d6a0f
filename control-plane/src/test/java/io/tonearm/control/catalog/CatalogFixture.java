package io.tonearm.control.catalog;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import io.tonearm.control.TestPack.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A control plane over a pack with two artists and four albums:
 * <pre>
 * velvet-orchard  first-light  2026 album        track-01..03 (#1..3; track-01 has energy 0.42)
 * velvet-orchard  early-demos  2024 single       track-04 (#2), track-05 (#1)
 * neon-harbor     signal-bloom 2025 album        track-06..17 (#1..12)
 * neon-harbor     harbour-mix  2025 compilation  track-18 (#1, neon-harbor), track-19 (#2, velvet-orchard)
 * </pre>
 */
final class CatalogFixture implements AutoCloseable {

    static final String BASE = "http://127.0.0.1:8080";

    final RunningControlPlane app;
    private final JsonMapper json;

    private CatalogFixture(RunningControlPlane app) {
        this.app = app;
        this.json = app.context().getBean(JsonMapper.class);
    }

    static CatalogFixture start(Path temp) {
        String vo = "velvet-orchard";
        String voName = "Velvet Orchard";
        String nh = "neon-harbor";
        String nhName = "Neon Harbor";
        List<Spec> specs = new ArrayList<>();
        specs.add(new Spec(1, vo, voName, "first-light", "First Light", 2026, 1, "\"energy\":0.42"));
        specs.add(new Spec(2, vo, voName, "first-light", "First Light", 2026, 2, ""));
        specs.add(new Spec(3, vo, voName, "first-light", "First Light", 2026, 3, ""));
        String single = "\"album_type\":\"single\"";
        specs.add(new Spec(4, vo, voName, "early-demos", "Early Demos", 2024, 2, single));
        specs.add(new Spec(5, vo, voName, "early-demos", "Early Demos", 2024, 1, single));
        for (int i = 6; i <= 17; i++) {
            specs.add(new Spec(i, nh, nhName, "signal-bloom", "Signal Bloom", 2025, i - 5, ""));
        }
        String compilation = "\"album_type\":\"compilation\"";
        specs.add(new Spec(18, nh, nhName, "harbour-mix", "Harbour Mix", 2025, 1, compilation));
        specs.add(new Spec(19, vo, voName, "harbour-mix", "Harbour Mix", 2025, 2, compilation));
        Path pack = TestPack.write(temp.resolve("pack"), specs);
        return new CatalogFixture(RunningControlPlane.start(RunningControlPlane.properties(temp.resolve("data"), pack)));
    }

    /** GETs a path that must answer 200 and returns its JSON. */
    JsonNode ok(String pathAndQuery) {
        HttpResponse<String> response = app.get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return parse(response.body());
    }

    /** GETs a path that must fail with {@code status} and the stable error body; returns the message. */
    String error(String pathAndQuery, int status) {
        HttpResponse<String> response = app.get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode error = parse(response.body()).get("error");
        assertThat(error.get("status").getIntValue()).as(pathAndQuery).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("DROP").doesNotContain("SELECT")
                .doesNotContain("\u00e9").doesNotContain("\ud83c");
        return error.get("message").getStringValue();
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            ids.add(array.get(i).isNull() ? null : array.get(i).get("id").getStringValue());
        }
        return ids;
    }

    /** Hostile ids, URL-encoded as a client would put them in a path segment or query value. */
    static final String[] MALFORMED_IDS = {"x'%20OR%20'1'%3D'1", "%27%3B%20DROP%20TABLE%20albums%3B--",
            "a".repeat(65), "b".repeat(2000), "caf%C3%A9", "%F0%9F%8E%B5", "a.b", "%2E%2E", "a%20b", "%00",
            "a%3Bb"};

    private JsonNode parse(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
