package io.tonearm.control.catalog;

import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.tonearm.control.catalog.CatalogFixture.BASE;
import static io.tonearm.control.catalog.CatalogFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /v1/tracks?ids=} and the full track object. */
class SeveralTracksIT {

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
    void returns_the_named_tracks_in_request_order() {
        JsonNode tracks = catalog.ok("/v1/tracks?ids=track-03,track-01,track-18").get("tracks");
        assertThat(ids(tracks)).containsExactly("track-03", "track-01", "track-18");
    }

    @Test
    void unknown_ids_come_back_as_null_entries_in_place() {
        JsonNode tracks = catalog.ok("/v1/tracks?ids=nope,track-02,also-nope").get("tracks");
        assertThat(tracks.size()).isEqualTo(3);
        assertThat(ids(tracks)).containsExactly(null, "track-02", null);
    }

    @Test
    void duplicate_ids_are_answered_once_per_mention() {
        JsonNode tracks = catalog.ok("/v1/tracks?ids=track-02,track-02,track-01,track-02").get("tracks");
        assertThat(ids(tracks)).containsExactly("track-02", "track-02", "track-01", "track-02");
    }

    @Test
    void fifty_ids_are_accepted_and_fifty_one_are_not() {
        List<String> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(i % 2 == 0 ? "track-05" : "missing-" + i);
        }
        JsonNode tracks = catalog.ok("/v1/tracks?ids=" + String.join(",", fifty)).get("tracks");
        assertThat(tracks.size()).isEqualTo(50);
        assertThat(ids(tracks).get(48)).isEqualTo("track-05");
        assertThat(ids(tracks).get(49)).isNull();
        fifty.add("track-01");
        assertThat(catalog.error("/v1/tracks?ids=" + String.join(",", fifty), 400))
                .isEqualTo("ids may list at most 50 track ids");
    }

    @Test
    void empty_lists_and_empty_entries_are_400() {
        assertThat(catalog.error("/v1/tracks?ids=", 400)).isEqualTo("ids must list 1 to 50 track ids");
        for (String ids : Arrays.asList(",", "track-01,", ",track-01", "track-01,,track-02", "%20", "track-01,%20")) {
            assertThat(catalog.error("/v1/tracks?ids=" + ids, 400)).as(ids).isEqualTo("Invalid track id");
        }
    }

    @Test
    void a_malformed_entry_among_good_ones_is_400_and_not_echoed() {
        for (String bad : CatalogFixture.MALFORMED_IDS) {
            String message = catalog.error("/v1/tracks?ids=track-01," + bad, 400);
            assertThat(message).as(bad).isIn("Invalid track id", "ids may list at most 50 track ids");
        }
        assertThat(catalog.error("/v1/tracks?ids=tonearm:track:track-01", 400)).isEqualTo("Invalid track id");
    }

    @Test
    void repeated_ids_parameters_count_as_one_list() {
        JsonNode tracks = catalog.ok("/v1/tracks?ids=track-02&ids=track-01").get("tracks");
        assertThat(ids(tracks)).containsExactly("track-02", "track-01");
    }

    @Test
    void a_request_line_too_long_to_parse_gets_the_error_body() {
        assertThat(catalog.error("/v1/tracks?ids=" + "a".repeat(5000), 413)).isEqualTo("Request too large");
        assertThat(catalog.error("/v1/tracks?ids=" + "a,".repeat(200) + "a", 400))
                .isEqualTo("ids may list at most 50 track ids");
    }

    @Test
    void ids_cannot_be_mixed_with_paging() {
        assertThat(catalog.error("/v1/tracks?ids=track-01&limit=5", 400))
                .isEqualTo("ids cannot be combined with limit or offset");
        assertThat(catalog.error("/v1/tracks?offset=0&ids=track-01", 400))
                .isEqualTo("ids cannot be combined with limit or offset");
    }

    @Test
    void a_track_carries_its_audio_facts_and_a_simplified_album() {
        JsonNode track = catalog.ok("/v1/tracks/track-01");
        assertThat(track.get("href").getStringValue()).isEqualTo(BASE + "/v1/tracks/track-01");
        assertThat(track.get("tempo_bpm").getDoubleValue()).isEqualTo(84.0);
        assertThat(track.get("key").getStringValue()).isEqualTo("D minor");
        assertThat(track.get("energy").getDoubleValue()).isEqualTo(0.42);
        JsonNode artist = track.get("artists").get(0);
        assertThat(artist.get("href").getStringValue()).isEqualTo(BASE + "/v1/artists/velvet-orchard");
        assertThat(artist.get("type").getStringValue()).isEqualTo("artist");
        JsonNode album = track.get("album");
        assertThat(album.get("id").getStringValue()).isEqualTo("first-light");
        assertThat(album.get("uri").getStringValue()).isEqualTo("tonearm:album:first-light");
        assertThat(album.get("href").getStringValue()).isEqualTo(BASE + "/v1/albums/first-light");
        assertThat(album.get("album_type").getStringValue()).isEqualTo("album");
        assertThat(album.get("total_tracks").getIntValue()).isEqualTo(3);
        assertThat(album.get("release_date").getStringValue()).isEqualTo("2026");
        assertThat(album.get("release_date_precision").getStringValue()).isEqualTo("year");
        assertThat(album.get("artists").get(0).get("id").getStringValue()).isEqualTo("velvet-orchard");
    }

    @Test
    void energy_is_null_where_it_was_never_measured() {
        JsonNode track = catalog.ok("/v1/tracks/track-02");
        assertThat(track.get("energy").isNull()).isTrue();
        assertThat(track.get("tempo_bpm").getDoubleValue()).isEqualTo(84.0);
    }

    @Test
    void a_compilation_track_names_its_own_artist_and_the_album_artist() {
        JsonNode track = catalog.ok("/v1/tracks?ids=track-19").get("tracks").get(0);
        assertThat(track.get("artists").get(0).get("id").getStringValue()).isEqualTo("velvet-orchard");
        assertThat(track.get("album").get("album_type").getStringValue()).isEqualTo("compilation");
        assertThat(track.get("album").get("artists").get(0).get("id").getStringValue()).isEqualTo("neon-harbor");
    }

    @Test
    void the_plain_list_still_pages_every_track() {
        JsonNode page = catalog.ok("/v1/tracks?limit=5&offset=15");
        assertThat(page.get("total").getLongValue()).isEqualTo(19);
        assertThat(ids(page.get("items"))).containsExactly("track-16", "track-17", "track-18", "track-19");
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(page.get("previous").getStringValue()).isEqualTo(BASE + "/v1/tracks?offset=10&limit=5");
        assertThat(page.get("items").get(0).get("album").get("name").getStringValue()).isEqualTo("Signal Bloom");
    }
}
