package io.tonearm.control.generate;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.generate.SyntheticCatalog.TrackRow;
import io.tonearm.control.search.LuceneSearchIndex;
import io.tonearm.control.search.SearchIndexFactory;
import io.tonearm.control.search.SearchIndexMaintainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated catalog is stored, served and searchable by the control plane started on its data
 * dir: on the embedded H2 file, and with {@code -Dtonearm.it.postgres} (CI's postgres.sh) on
 * PostgreSQL, where the generator writes through {@code unnest} arrays.
 */
class GeneratedCatalogIT {

    private static final int TRACKS = 2_000;
    private static final long SEED = 5;

    @TempDir
    Path temp;

    @Test
    void the_service_serves_and_searches_a_generated_catalog() throws Exception {
        Path data = temp.resolve("data");
        // The same database settings as the service below: H2 in the data dir, or with
        // -Dtonearm.it.postgres this data dir's own PostgreSQL schema.
        Map<String, Object> settings = RunningControlPlane.properties(data, Path.of("../samples"));
        assertThat(CatalogCommand.generate(data, TRACKS, SEED, settings)).isZero();
        // A second run on the same data dir refuses rather than mixing two catalogs.
        assertThat(CatalogCommand.generate(data, 10, SEED, settings)).isEqualTo(1);
        // A lost index is rebuilt from the database by `catalog reindex`.
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(SearchIndexFactory.indexDir(data))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(CatalogCommand.reindex(data, settings)).isZero();
        try (LuceneSearchIndex index = LuceneSearchIndex.openReadOnly(SearchIndexFactory.indexDir(data))) {
            assertThat(index.size()).isGreaterThan(TRACKS);
        }
        List<TrackRow> planned = new ArrayList<>();
        SyntheticCatalog.generate(TRACKS, SEED, TRACKS, chunk -> planned.addAll(chunk.tracks()));
        try (RunningControlPlane app = RunningControlPlane.start(RunningControlPlane.properties(data, Path.of("../samples")))) {
            assertThat(app.context().getBean(SearchIndexMaintainer.class).awaitIdle(Duration.ofSeconds(60))).isTrue();
            JsonMapper json = app.context().getBean(JsonMapper.class);
            JsonNode page = json.readValue(app.get("/v1/tracks?limit=1").body(), JsonNode.class);
            assertThat(page.get("total").getLongValue()).isEqualTo(TRACKS + 8); // and the sample pack's 8
            for (TrackRow row : List.of(planned.get(0), planned.get(TRACKS / 2), planned.get(TRACKS - 1))) {
                HttpResponse<String> track = app.get("/v1/tracks/" + row.id());
                assertThat(track.statusCode()).isEqualTo(200);
                JsonNode t = json.readValue(track.body(), JsonNode.class);
                assertThat(t.get("name").getStringValue()).isEqualTo(row.title());
                assertThat(t.get("duration_ms").getLongValue()).isEqualTo(row.durationMs());
                assertThat(t.get("album").get("id").getStringValue()).isEqualTo(row.albumId());
                assertThat(t.get("available_qualities").size()).isZero();
                assertThat(app.get("/v1/tracks/" + row.id() + "/stream?quality=160").statusCode()).isEqualTo(404);
            }
            JsonNode first = json.readValue(app.get("/v1/tracks/" + planned.get(0).id()).body(), JsonNode.class);
            String title = first.get("name").getStringValue();
            String artist = first.get("artists").get(0).get("name").getStringValue();
            int year = Integer.parseInt(first.get("album").get("release_date").getStringValue());
            String id = planned.get(0).id();
            assertThat(trackIds(app, json, title + " artist:\"" + artist + "\"")).contains(id);
            assertThat(trackIds(app, json, title + " artist:\"" + artist + "\" year:" + year)).contains(id);
            assertThat(trackIds(app, json, title + " artist:\"" + artist + "\" year:" + (year + 1)))
                    .doesNotContain(id);
            // As typed so far: the artist in full, the title cut after its first three letters.
            assertThat(trackIds(app, json, "artist:\"" + artist + "\" " + title.substring(0, 3))).contains(id);
            // The longest word of the title misspelt (two inner letters swapped) still finds it.
            String typo = swapInLongestWord(title);
            if (!typo.equals(title)) {
                assertThat(trackIds(app, json, typo + " artist:\"" + artist + "\"")).as(typo).contains(id);
            }
            JsonNode artists = json.readValue(app.get("/v1/search?type=artist&limit=50&q="
                    + URLEncoder.encode(artist, StandardCharsets.UTF_8)).body(), JsonNode.class).get("artists");
            assertThat(artists.get("total").getLongValue()).isPositive();
        }
    }

    private static List<String> trackIds(RunningControlPlane app, JsonMapper json, String q) throws Exception {
        HttpResponse<String> r = app.get("/v1/search?type=track&limit=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode items = json.readValue(r.body(), JsonNode.class).get("tracks").get("items");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ids.add(items.get(i).get("id").getStringValue());
        }
        return ids;
    }

    /** The title with two inner letters of its longest word swapped, or unchanged when that word is short. */
    private static String swapInLongestWord(String title) {
        String[] words = title.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String w = words[longest];
        if (w.length() < 5 || !w.chars().allMatch(Character::isLetter) || w.charAt(2) == w.charAt(3)) {
            return title;
        }
        words[longest] = w.substring(0, 2) + w.charAt(3) + w.charAt(2) + w.substring(4);
        return String.join(" ", words);
    }
}
