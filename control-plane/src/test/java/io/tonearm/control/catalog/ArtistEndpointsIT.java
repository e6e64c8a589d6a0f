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

/** {@code GET /v1/artists/{id}}, {@code /albums} and {@code /top-tracks}. */
class ArtistEndpointsIT {

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
    void an_artist_has_the_spotify_fields_with_empty_genres_and_no_invented_popularity() {
        JsonNode artist = catalog.ok("/v1/artists/neon-harbor");
        assertThat(artist.get("id").getStringValue()).isEqualTo("neon-harbor");
        assertThat(artist.get("name").getStringValue()).isEqualTo("Neon Harbor");
        assertThat(artist.get("type").getStringValue()).isEqualTo("artist");
        assertThat(artist.get("uri").getStringValue()).isEqualTo("tonearm:artist:neon-harbor");
        assertThat(artist.get("href").getStringValue()).isEqualTo(BASE + "/v1/artists/neon-harbor");
        assertThat(artist.get("genres").isArray()).isTrue();
        assertThat(artist.get("genres").size()).isZero();
        assertThat(artist.get("popularity")).isNull();
        assertThat(artist.get("followers")).isNull();
    }

    @Test
    void an_artists_albums_are_the_ones_credited_to_them_newest_first() {
        JsonNode page = catalog.ok("/v1/artists/velvet-orchard/albums");
        assertThat(page.get("total").getLongValue()).isEqualTo(2);
        assertThat(ids(page.get("items"))).containsExactly("first-light", "early-demos");
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("album_type").getStringValue()).isEqualTo("album");
        assertThat(first.get("total_tracks").getIntValue()).isEqualTo(3);
        assertThat(first.get("tracks")).isNull();
        assertThat(ids(catalog.ok("/v1/artists/neon-harbor/albums").get("items")))
                .containsExactly("harbour-mix", "signal-bloom");
    }

    @Test
    void artist_albums_page_with_next_and_previous() {
        String base = BASE + "/v1/artists/velvet-orchard/albums";
        JsonNode first = catalog.ok("/v1/artists/velvet-orchard/albums?limit=1");
        assertThat(ids(first.get("items"))).containsExactly("first-light");
        assertThat(first.get("next").getStringValue()).isEqualTo(base + "?offset=1&limit=1");
        assertThat(first.get("previous").isNull()).isTrue();
        JsonNode second = catalog.ok("/v1/artists/velvet-orchard/albums?limit=1&offset=1");
        assertThat(ids(second.get("items"))).containsExactly("early-demos");
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(second.get("previous").getStringValue()).isEqualTo(base + "?offset=0&limit=1");
        JsonNode past = catalog.ok("/v1/artists/velvet-orchard/albums?offset=7");
        assertThat(past.get("items").size()).isZero();
        assertThat(past.get("total").getLongValue()).isEqualTo(2);
    }

    @Test
    void top_tracks_are_ten_at_most_newest_album_first_in_running_order() {
        JsonNode tracks = catalog.ok("/v1/artists/neon-harbor/top-tracks").get("tracks");
        assertThat(ids(tracks)).containsExactly("track-18", "track-06", "track-07", "track-08", "track-09",
                "track-10", "track-11", "track-12", "track-13", "track-14");
        assertThat(tracks.get(0).get("album").get("id").getStringValue()).isEqualTo("harbour-mix");
    }

    @Test
    void top_tracks_include_the_artists_tracks_on_other_artists_albums() {
        JsonNode tracks = catalog.ok("/v1/artists/velvet-orchard/top-tracks").get("tracks");
        assertThat(ids(tracks)).containsExactly("track-01", "track-02", "track-03", "track-19", "track-05",
                "track-04");
    }

    @Test
    void invalid_paging_is_400() {
        for (String query : new String[]{"limit=0", "limit=51", "limit=x", "offset=-5", "offset=%2B1", "limit=1%2C2"}) {
            assertThat(catalog.error("/v1/artists/velvet-orchard/albums?" + query, 400)).as(query)
                    .endsWith("integer" + (query.startsWith("limit") ? " from 1 to 50" : ""));
        }
    }

    @Test
    void an_unknown_artist_is_404_on_every_endpoint() {
        assertThat(catalog.error("/v1/artists/nobody", 404)).isEqualTo("Artist not found");
        assertThat(catalog.error("/v1/artists/nobody/albums", 404)).isEqualTo("Artist not found");
        assertThat(catalog.error("/v1/artists/nobody/top-tracks", 404)).isEqualTo("Artist not found");
        assertThat(catalog.error("/v1/artists/first-light", 404)).isEqualTo("Artist not found");
    }

    @Test
    void malformed_artist_ids_are_400_and_never_echoed() {
        for (String id : CatalogFixture.MALFORMED_IDS) {
            assertThat(catalog.error("/v1/artists/" + id, 400)).as(id).isEqualTo("Invalid artist id");
            assertThat(catalog.error("/v1/artists/" + id + "/albums", 400)).as(id).isEqualTo("Invalid artist id");
            assertThat(catalog.error("/v1/artists/" + id + "/top-tracks", 400)).as(id).isEqualTo("Invalid artist id");
        }
    }

    @Test
    void the_catalog_is_read_only() {
        assertThat(catalog.app.send("DELETE", "/v1/artists/velvet-orchard").statusCode()).isEqualTo(405);
        assertThat(catalog.app.send("POST", "/v1/albums/first-light/tracks").statusCode()).isEqualTo(405);
        assertThat(catalog.ok("/v1/artists/velvet-orchard").get("name").getStringValue()).isEqualTo("Velvet Orchard");
    }
}
