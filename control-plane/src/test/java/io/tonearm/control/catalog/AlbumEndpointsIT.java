package io.tonearm.control.catalog;

import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.tonearm.control.catalog.CatalogFixture.BASE;
import static io.tonearm.control.catalog.CatalogFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /v1/albums/{id}} and {@code GET /v1/albums/{id}/tracks}. */
class AlbumEndpointsIT {

    private static final String[] BAD_PAGING = {"limit=0", "limit=51", "limit=-1", "limit=abc", "limit=",
            "offset=-1", "offset=1.5", "offset=abc", "offset=99999999999999999999", "limit=%EF%BC%95"};

    @TempDir
    static Path temp;
    private static CatalogFixture catalog;

    @BeforeAll
    static void start() {
        catalog = CatalogFixture.start(temp);
    }

    @AfterAll
    static void stop() {
        catalog.close();
    }

    @Test
    void an_album_has_the_spotify_fields_and_its_tracks_in_running_order() {
        JsonNode album = catalog.ok("/v1/albums/early-demos");
        assertThat(album.get("id").getStringValue()).isEqualTo("early-demos");
        assertThat(album.get("type").getStringValue()).isEqualTo("album");
        assertThat(album.get("uri").getStringValue()).isEqualTo("tonearm:album:early-demos");
        assertThat(album.get("href").getStringValue()).isEqualTo(BASE + "/v1/albums/early-demos");
        assertThat(album.get("name").getStringValue()).isEqualTo("Early Demos");
        assertThat(album.get("album_type").getStringValue()).isEqualTo("single");
        assertThat(album.get("total_tracks").getIntValue()).isEqualTo(2);
        assertThat(album.get("release_date").getStringValue()).isEqualTo("2024");
        assertThat(album.get("release_date_precision").getStringValue()).isEqualTo("year");
        assertThat(album.get("artists").get(0).get("uri").getStringValue()).isEqualTo("tonearm:artist:velvet-orchard");
        JsonNode tracks = album.get("tracks");
        assertThat(tracks.get("href").getStringValue()).isEqualTo(BASE + "/v1/albums/early-demos/tracks?offset=0&limit=50");
        assertThat(tracks.get("total").getLongValue()).isEqualTo(2);
        assertThat(ids(tracks.get("items"))).containsExactly("track-05", "track-04");
        assertThat(tracks.get("items").get(0).get("track_number").getIntValue()).isEqualTo(1);
        assertThat(tracks.get("items").get(0).get("album")).isNull();
        assertThat(tracks.get("next").isNull()).isTrue();
    }

    @Test
    void album_tracks_page_with_links_built_from_the_public_url() {
        JsonNode page = catalog.ok("/v1/albums/signal-bloom/tracks?limit=5&offset=5");
        assertThat(page.get("total").getLongValue()).isEqualTo(12);
        assertThat(page.get("limit").getIntValue()).isEqualTo(5);
        assertThat(page.get("offset").getLongValue()).isEqualTo(5);
        assertThat(ids(page.get("items"))).containsExactly("track-11", "track-12", "track-13", "track-14", "track-15");
        String base = BASE + "/v1/albums/signal-bloom/tracks";
        assertThat(page.get("href").getStringValue()).isEqualTo(base + "?offset=5&limit=5");
        assertThat(page.get("next").getStringValue()).isEqualTo(base + "?offset=10&limit=5");
        assertThat(page.get("previous").getStringValue()).isEqualTo(base + "?offset=0&limit=5");
        JsonNode last = catalog.ok("/v1/albums/signal-bloom/tracks?limit=5&offset=10");
        assertThat(ids(last.get("items"))).containsExactly("track-16", "track-17");
        assertThat(last.get("next").isNull()).isTrue();
    }

    @Test
    void album_tracks_default_to_twenty_from_the_start() {
        JsonNode page = catalog.ok("/v1/albums/signal-bloom/tracks");
        assertThat(page.get("limit").getIntValue()).isEqualTo(20);
        assertThat(page.get("offset").getLongValue()).isZero();
        assertThat(page.get("items").size()).isEqualTo(12);
        assertThat(page.get("previous").isNull()).isTrue();
        assertThat(page.get("next").isNull()).isTrue();
    }

    @Test
    void the_largest_page_is_fifty_and_an_exact_fit_has_no_next() {
        assertThat(catalog.ok("/v1/albums/signal-bloom/tracks?limit=50").get("items").size()).isEqualTo(12);
        JsonNode exact = catalog.ok("/v1/albums/signal-bloom/tracks?limit=6&offset=6");
        assertThat(exact.get("items").size()).isEqualTo(6);
        assertThat(exact.get("next").isNull()).isTrue();
    }

    @Test
    void an_offset_past_the_end_is_an_empty_page_that_links_back() {
        JsonNode page = catalog.ok("/v1/albums/signal-bloom/tracks?offset=40&limit=10");
        assertThat(page.get("items").size()).isZero();
        assertThat(page.get("total").getLongValue()).isEqualTo(12);
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(page.get("previous").getStringValue())
                .isEqualTo(BASE + "/v1/albums/signal-bloom/tracks?offset=30&limit=10");
    }

    @Test
    void invalid_paging_is_400_before_the_album_is_looked_up() {
        for (String query : BAD_PAGING) {
            assertThat(catalog.error("/v1/albums/signal-bloom/tracks?" + query, 400)).as(query)
                    .startsWith(query.startsWith("limit") ? "limit must be" : "offset must be");
            catalog.error("/v1/albums/no-such-album/tracks?" + query, 400);
        }
    }

    @Test
    void an_unknown_album_is_404_with_the_error_body() {
        assertThat(catalog.error("/v1/albums/no-such-album", 404)).isEqualTo("Album not found");
        assertThat(catalog.error("/v1/albums/no-such-album/tracks", 404)).isEqualTo("Album not found");
        assertThat(catalog.error("/v1/albums/track-01", 404)).isEqualTo("Album not found");
    }

    @Test
    void malformed_album_ids_are_400_and_never_echoed() {
        for (String id : CatalogFixture.MALFORMED_IDS) {
            assertThat(catalog.error("/v1/albums/" + id, 400)).as(id).isEqualTo("Invalid album id");
            assertThat(catalog.error("/v1/albums/" + id + "/tracks?limit=5", 400)).as(id).isEqualTo("Invalid album id");
        }
        assertThat(catalog.ok("/v1/albums/first-light").get("total_tracks").getIntValue()).isEqualTo(3);
    }
}
