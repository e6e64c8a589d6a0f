package io.tonearm.control.ingest;

import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.StartFailures;
import io.tonearm.control.TestPack;
import io.tonearm.control.TestPack.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifest's album, artist and audio-feature fields: checked at import, failing start by name. */
class ManifestDetailsIT {

    @TempDir
    Path temp;

    private String startFailure(List<Spec> specs) {
        Path pack = TestPack.write(temp.resolve("pack"), specs);
        return StartFailures.messagesOf(RunningControlPlane.properties(temp.resolve("data"), pack));
    }

    private static Spec track(int i, String extra) {
        return new Spec(i, "velvet-orchard", "Velvet Orchard", "first-light", "First Light", 2026, i, extra);
    }

    @Test
    void an_album_named_differently_by_a_later_track_fails_start_naming_that_track() {
        String message = startFailure(List.of(track(1, ""),
                new Spec(2, "velvet-orchard", "Velvet Orchard", "first-light", "Last Light", 2026, 2, "")));
        assertThat(message).contains("tracks[1] (track-02)").contains("differs from an earlier track with this album_id");
    }

    @Test
    void an_album_whose_tracks_disagree_on_year_or_type_fails_start() {
        assertThat(startFailure(List.of(track(1, ""),
                new Spec(2, "velvet-orchard", "Velvet Orchard", "first-light", "First Light", 2025, 2, ""))))
                .contains("tracks[1] (track-02)").contains("album_year");
        assertThat(startFailure(List.of(track(1, ""), track(2, "\"album_type\":\"single\""))))
                .contains("tracks[1] (track-02)").contains("album_type");
    }

    @Test
    void an_artist_named_two_ways_fails_start() {
        String message = startFailure(List.of(track(1, ""),
                new Spec(2, "velvet-orchard", "Velvet Orchid", "other", "Other", 2020, 1, "")));
        assertThat(message).contains("tracks[1] (track-02)").contains("artist differs");
    }

    @Test
    void an_unknown_album_type_fails_start() {
        for (String type : new String[]{"\"EP\"", "\"Album\"", "\"\"", "7", "\"album'; DROP TABLE albums;--\""}) {
            assertThat(startFailure(List.of(track(1, "\"album_type\":" + type)))).as(type)
                    .containsAnyOf("album_type must be album, single or compilation", "not valid JSON");
        }
    }

    @Test
    void energy_outside_zero_to_one_fails_start() {
        assertThat(startFailure(List.of(track(1, "\"energy\":1.01")))).contains("tracks[0] (track-01)")
                .contains("energy must be from 0 to 1");
        assertThat(startFailure(List.of(track(1, "\"energy\":-0.1")))).contains("energy must be from 0 to 1");
        assertThat(startFailure(List.of(track(1, "\"energy\":\"high\"")))).contains("not valid JSON");
    }

    @Test
    void an_implausible_tempo_or_an_overlong_key_fails_start() {
        assertThat(startFailure(List.of(track(1, "\"tempo_bpm\":0")))).contains("tempo_bpm must be above 0");
        assertThat(startFailure(List.of(track(1, "\"tempo_bpm\":4000")))).contains("tempo_bpm must be above 0");
        assertThat(startFailure(List.of(track(1, "\"key\":\"" + "x".repeat(33) + "\""))))
                .contains("key must be 1 to 32 characters");
    }

    @Test
    void the_boundaries_are_accepted() {
        Path pack = TestPack.write(temp.resolve("pack"), List.of(track(1, "\"energy\":0"),
                track(2, "\"energy\":1,\"tempo_bpm\":400,\"album_type\":\"album\"")));
        try (RunningControlPlane app = RunningControlPlane.start(
                RunningControlPlane.properties(temp.resolve("data"), pack))) {
            assertThat(app.get("/v1/tracks/track-01").body()).contains("\"energy\":0.0");
            assertThat(app.get("/v1/tracks/track-02").body()).contains("\"energy\":1.0").contains("\"tempo_bpm\":400.0");
            assertThat(app.get("/v1/albums/first-light").body()).contains("\"total_tracks\":2");
        }
    }
}
