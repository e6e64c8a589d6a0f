package io.tonearm.control.generate;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.search.SearchIndexMaintainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated catalog is served and searchable by the control plane started on its data dir. */
class GeneratedCatalogIT {

    @TempDir
    Path temp;

    @Test
    void the_service_serves_and_searches_a_generated_catalog() throws Exception {
        // The generator writes the embedded H2 file of its data directory; on PostgreSQL it is not wired yet.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("tonearm.it.postgres") == null,
                "the catalog generator writes the embedded H2 database only");
        Path data = temp.resolve("data");
        Map<String, Object> pack = Map.of("tonearm.control.sample-pack", "../samples");
        assertThat(CatalogCommand.generate(data, 2_000, 5, pack)).isZero();
        // A second run on the same data dir refuses rather than mixing two catalogs.
        assertThat(CatalogCommand.generate(data, 10, 5, pack)).isEqualTo(1);
        try (RunningControlPlane app = RunningControlPlane.start(RunningControlPlane.properties(data, Path.of("../samples")))) {
            assertThat(app.context().getBean(SearchIndexMaintainer.class).awaitIdle(Duration.ofSeconds(60))).isTrue();
            JsonMapper json = app.context().getBean(JsonMapper.class);
            JsonNode page = json.readValue(app.get("/v1/tracks?limit=1").body(), JsonNode.class);
            assertThat(page.get("total").getLongValue()).isEqualTo(2_008);
            HttpResponse<String> track = app.get("/v1/tracks/gen-t-00000001");
            assertThat(track.statusCode()).isEqualTo(200);
            JsonNode t = json.readValue(track.body(), JsonNode.class);
            assertThat(t.get("available_qualities").size()).isZero();
            assertThat(app.get("/v1/tracks/gen-t-00000001/stream?quality=160").statusCode()).isEqualTo(404);
            String title = t.get("name").getStringValue();
            String artist = t.get("artists").get(0).get("name").getStringValue();
            String q = URLEncoder.encode(title + " artist:\"" + artist + "\"", StandardCharsets.UTF_8);
            JsonNode found = json.readValue(app.get("/v1/search?type=track&q=" + q).body(), JsonNode.class);
            JsonNode items = found.get("tracks").get("items");
            boolean hit = false;
            for (int i = 0; i < items.size(); i++) {
                hit |= items.get(i).get("id").getStringValue().equals("gen-t-00000001");
            }
            assertThat(hit).as(found.toString()).isTrue();
        }
    }
}
