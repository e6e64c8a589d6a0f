package io.tonearm.control.search;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.catalog.Album;
import io.tonearm.control.catalog.AlbumType;
import io.tonearm.control.catalog.Artist;
import io.tonearm.control.catalog.Catalog;
import io.tonearm.control.catalog.CatalogChanged;
import io.tonearm.control.catalog.Track;
import io.tonearm.control.catalog.TrackId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /v1/search} over HTTP against the real service with the shipped sample pack, plus
 * tracks added afterwards through the catalog and announced with {@link CatalogChanged}.
 */
class SearchEndpointIT {

    @TempDir
    static Path temp;
    static RunningControlPlane app;
    static JsonMapper json;

    @BeforeAll
    static void start() throws Exception {
        app = RunningControlPlane.start(RunningControlPlane.properties(temp.resolve("data"), Path.of("../samples")));
        json = app.context().getBean(JsonMapper.class);
        List<Track> added = List.of(
                track("come-together", "Come Together", "the-beatles", "The Beatles", "abbey-road", "Abbey Road", 1969),
                track("formation", "Formation", "beyonce", "Beyoncé", "lemonade", "Lemonade", 2016),
                track("svefn", "Svefn-g-englar", "sigur-ros", "Sigur Rós", "agaetis", "Ágætis byrjun", 1999),
                track("teen-spirit", "Smells Like Teen Spirit", "nirvana", "Nirvana", "nevermind", "Nevermind", 1991));
        app.context().getBean(Catalog.class).add(added);
        List<String> ids = new ArrayList<>();
        added.forEach(t -> ids.add(t.id().value()));
        app.context().getBean(ApplicationEventPublisher.class).publishEvent(new CatalogChanged(ids));
        assertThat(app.context().getBean(SearchIndexMaintainer.class).awaitIdle(Duration.ofSeconds(30))).isTrue();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void the_sample_pack_is_indexed_at_first_start() {
        JsonNode tracks = ok("q=night+ferry&type=track").get("tracks");
        assertThat(names(tracks)).first().isEqualTo("Night Ferry");
        assertThat(ok("q=first+light&type=album").get("albums").get("items").get(0).get("id").getStringValue())
                .isEqualTo("first-light");
    }

    @Test
    void tracks_added_later_are_found_after_catalog_changed() {
        assertThat(names(ok("q=come+together&type=track").get("tracks"))).containsExactly("Come Together");
    }

    @Test
    void answers_in_spotify_shape_with_only_the_requested_types() throws IOException {
        JsonNode body = ok("q=velvet&type=track,artist&limit=2");
        assertThat(body.get("tracks")).isNotNull();
        assertThat(body.get("artists")).isNotNull();
        assertThat(body.get("albums")).isNull();
        assertThat(body.get("playlists")).isNull();
        JsonNode tracks = body.get("tracks");
        assertThat(tracks.get("total").getLongValue()).isEqualTo(3);
        assertThat(tracks.get("limit").getIntValue()).isEqualTo(2);
        assertThat(tracks.get("offset").getIntValue()).isZero();
        assertThat(tracks.get("previous").isNull()).isTrue();
        assertThat(tracks.get("href").getStringValue())
                .isEqualTo("http://127.0.0.1:8080/v1/search?q=velvet&type=track&offset=0&limit=2");
        assertThat(tracks.get("next").getStringValue())
                .isEqualTo("http://127.0.0.1:8080/v1/search?q=velvet&type=track&offset=2&limit=2");
        // Items are exactly what the catalog endpoint answers for the same track.
        JsonNode first = tracks.get("items").get(0);
        JsonNode same = parse(app.get("/v1/tracks/" + first.get("id").getStringValue()).body());
        assertThat(first).isEqualTo(same);
        assertThat(body.get("artists").get("items").get(0).get("name").getStringValue()).isEqualTo("Velvet Orchard");
        JsonNode last = ok("q=velvet&type=track&limit=2&offset=2").get("tracks");
        assertThat(last.get("items").size()).isEqualTo(1);
        assertThat(last.get("next").isNull()).isTrue();
        assertThat(last.get("previous").getStringValue()).endsWith("offset=0&limit=2");
    }

    @Test
    void typos_are_tolerated() {
        assertThat(names(ok("q=beatels&type=track").get("tracks"))).first().isEqualTo("Come Together");
        assertThat(names(ok("q=nirvanna&type=artist").get("artists"))).first().isEqualTo("Nirvana");
    }

    @Test
    void diacritics_are_folded_both_ways() {
        assertThat(names(ok("q=beyonce&type=artist").get("artists"))).containsExactly("Beyoncé");
        assertThat(names(ok("q=" + enc("Beyoncé") + "&type=artist").get("artists"))).containsExactly("Beyoncé");
        assertThat(names(ok("q=agaetis&type=album").get("albums"))).containsExactly("Ágætis byrjun");
    }

    @Test
    void a_word_being_typed_matches_as_a_prefix() {
        assertThat(names(ok("q=glass+sky&type=track").get("tracks"))).first().isEqualTo("Glass Skyline");
        assertThat(names(ok("q=sal&type=artist").get("artists"))).first().isEqualTo("Saltmarsh Lights");
    }

    @Test
    void field_filters_and_year_ranges_narrow_the_results() {
        assertThat(names(ok("q=" + enc("artist:nirvana year:1990-1999") + "&type=track").get("tracks")))
                .containsExactly("Smells Like Teen Spirit");
        assertThat(ok("q=" + enc("artist:nirvana year:2000-2010") + "&type=track").get("tracks")
                .get("total").getLongValue()).isZero();
        assertThat(names(ok("q=" + enc("album:\"abbey road\"") + "&type=album").get("albums")))
                .containsExactly("Abbey Road");
        assertThat(names(ok("q=" + enc("year:2025") + "&type=track").get("tracks"))).hasSize(3);
    }

    @Test
    void playlists_are_accepted_and_empty_until_they_are_indexed() {
        JsonNode playlists = ok("q=velvet&type=playlist").get("playlists");
        assertThat(playlists.get("items").size()).isZero();
        assertThat(playlists.get("total").getLongValue()).isZero();
    }

    @Test
    void hostile_queries_are_text_or_a_400_and_never_a_500() {
        String[] hostile = {"*:*", "title:(a OR b) AND NOT c^5~2", "' OR 1=1; DROP TABLE tracks; --", "\\",
                "[a TO z]", "/.*/", "a".repeat(500), "\uD834\uDD1E\uD83C\uDFB5", "artist:", "album:\"", "\"\"\"",
                "year:", "a* b? c~", "&&||!(){}[]^\"~*?:\\/", "%00", "<script>alert(1)</script>", "track:velvet~"};
        for (String q : hostile) {
            HttpResponse<String> response = app.get("/v1/search?type=track,artist,album&q=" + enc(q));
            assertThat(response.statusCode()).as(q).isIn(200, 400);
        }
        JsonNode injected = ok("q=" + enc("' OR 1=1 --") + "&type=track").get("tracks");
        assertThat(injected.get("total").getLongValue()).isZero();
        assertThat(ok("q=" + enc("*:*") + "&type=track").get("tracks").get("total").getLongValue()).isZero();
    }

    @Test
    void bad_parameters_are_spotify_style_400s() {
        assertThat(error("/v1/search?type=track")).isEqualTo("No search query");
        assertThat(error("/v1/search?q=&type=track")).isEqualTo("No search query");
        assertThat(error("/v1/search?q=%20%20&type=track")).isEqualTo("No search query");
        assertThat(error("/v1/search?q=" + "a".repeat(501) + "&type=track")).contains("at most 500");
        assertThat(error("/v1/search?q=velvet")).isEqualTo("Missing parameter type");
        for (String type : new String[]{"show", "track,", "TRACK", "track,%20episode", ",", "x".repeat(100)}) {
            assertThat(error("/v1/search?q=velvet&type=" + type)).as(type).startsWith("type must list");
        }
        for (String limit : new String[]{"0", "51", "-1", "abc", "1e3", "99999999999", ""}) {
            assertThat(error("/v1/search?q=velvet&type=track&limit=" + limit)).as(limit).startsWith("limit");
        }
        for (String offset : new String[]{"1001", "-1", "x", "1.5"}) {
            assertThat(error("/v1/search?q=velvet&type=track&offset=" + offset)).as(offset).startsWith("offset");
        }
        assertThat(error("/v1/search?q=" + enc("year:19x9") + "&type=track")).startsWith("year must be");
        assertThat(error("/v1/search?q=" + enc("year:1999-1990") + "&type=track")).startsWith("year must be");
    }

    private static Track track(String id, String title, String artistId, String artistName, String albumId,
                               String albumName, int year) {
        Artist artist = new Artist(artistId, artistName);
        Album album = new Album(albumId, albumName, year, AlbumType.ALBUM, artist, 1);
        return new Track(new TrackId(id), title, artist, album, 1, 200_000, -3.0, OptionalDouble.empty(),
                OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(), Map.of());
    }

    private static JsonNode ok(String query) {
        HttpResponse<String> response = app.get("/v1/search?" + query);
        assertThat(response.statusCode()).as(query + " " + response.body()).isEqualTo(200);
        return parse(response.body());
    }

    private static String error(String pathAndQuery) {
        HttpResponse<String> response = app.get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("DROP");
        return parse(response.body()).get("error").get("message").getStringValue();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        JsonNode items = page.get("items");
        for (int i = 0; i < items.size(); i++) {
            names.add(items.get(i).get("name").getStringValue());
        }
        return names;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
