package io.tonearm.control.generate;

import io.tonearm.control.generate.SyntheticCatalog.Chunk;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticCatalogTest {

    @Test
    void writes_exactly_the_asked_number_of_tracks_with_consistent_references() {
        List<Chunk> chunks = new ArrayList<>();
        SyntheticCatalog.generate(5_003, 7, 1_000, chunks::add);
        Set<String> artists = new HashSet<>();
        Set<String> albums = new HashSet<>();
        Set<String> tracks = new HashSet<>();
        java.util.Map<String, Integer> perAlbum = new java.util.HashMap<>();
        java.util.Map<String, Integer> declared = new java.util.HashMap<>();
        for (Chunk c : chunks) {
            c.artists().forEach(a -> assertThat(artists.add(a.id())).isTrue());
            for (SyntheticCatalog.AlbumRow a : c.albums()) {
                assertThat(artists).as("album's artist written in this or an earlier chunk").contains(a.artistId());
                assertThat(albums.add(a.id())).isTrue();
                assertThat(a.year()).isBetween(1960, 2026);
                declared.put(a.id(), a.totalTracks());
            }
            for (SyntheticCatalog.TrackRow t : c.tracks()) {
                assertThat(albums).contains(t.albumId());
                assertThat(tracks.add(t.id())).isTrue();
                assertThat(t.popularity()).isBetween(0, 100);
                assertThat(t.id()).matches("[A-Za-z0-9_-]{1,64}");
                perAlbum.merge(t.albumId(), 1, Integer::sum);
            }
        }
        assertThat(tracks).hasSize(5_003);
        assertThat(perAlbum).isEqualTo(declared);
        assertThat(chunks).hasSizeGreaterThan(3);
    }

    @Test
    void the_same_seed_gives_the_same_catalog_and_another_seed_does_not() {
        assertThat(titles(1)).isEqualTo(titles(1)).isNotEqualTo(titles(2));
    }

    @Test
    void names_include_diacritics_and_popularity_is_skewed() {
        List<Chunk> chunks = new ArrayList<>();
        SyntheticCatalog.generate(20_000, 3, 5_000, chunks::add);
        List<SyntheticCatalog.TrackRow> all = new ArrayList<>();
        chunks.forEach(c -> all.addAll(c.tracks()));
        assertThat(all).anyMatch(t -> !t.title().equals(java.text.Normalizer.normalize(t.title(),
                java.text.Normalizer.Form.NFD)));
        long popular = all.stream().filter(t -> t.popularity() >= 70).count();
        long obscure = all.stream().filter(t -> t.popularity() <= 30).count();
        assertThat(popular).isPositive().isLessThan(obscure);
    }

    @Test
    void refuses_an_empty_catalog() {
        assertThatThrownBy(() -> SyntheticCatalog.generate(0, 1, 10, c -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> titles(long seed) {
        List<String> titles = new ArrayList<>();
        SyntheticCatalog.generate(300, seed, 100, c -> c.tracks().forEach(t -> titles.add(t.title())));
        return titles;
    }
}
