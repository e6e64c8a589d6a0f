package io.tonearm.control.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Plans a synthetic catalog of exactly {@code tracks} tracks: artists with 1 to 8 albums of 6 to
 * 14 tracks (the last album is cut to fit), years 1960 to 2026, and a popularity from 0 to 100
 * that follows the artist's rank (Zipf-like: a few famous artists, a long tail) with per-track
 * noise. Ids are {@code gen-ar-N}, {@code gen-al-N}, {@code gen-t-N}. Rows are handed to the sink
 * in chunks of whole albums, each chunk's artists and albums before the tracks that refer to them.
 */
final class SyntheticCatalog {

    static final String TRACK_PREFIX = "gen-t-";
    private static final String[] KEYS = {"C major", "G major", "D major", "A minor", "E minor", "B minor",
            "F major", "D minor", "E major", "C minor", "B-flat major", "F-sharp minor"};

    record ArtistRow(String id, String name) {
    }

    record AlbumRow(String id, String name, String artistId, int year, String type, int totalTracks) {
    }

    record TrackRow(String id, String title, String artistId, String albumId, int number, long durationMs,
                    double gainDb, double lufs, double tempo, String key, int popularity) {
    }

    /** One chunk of rows to write together. */
    record Chunk(List<ArtistRow> artists, List<AlbumRow> albums, List<TrackRow> tracks) {
    }

    private SyntheticCatalog() {
    }

    static void generate(int tracks, long seed, int chunkTracks, Consumer<Chunk> sink) {
        if (tracks < 1) {
            throw new IllegalArgumentException("tracks must be positive");
        }
        Random random = new Random(seed);
        SyntheticNames names = new SyntheticNames(random);
        int expectedArtists = Math.max(1, tracks / 45);
        List<ArtistRow> artists = new ArrayList<>();
        List<AlbumRow> albums = new ArrayList<>();
        List<TrackRow> rows = new ArrayList<>();
        int written = 0;
        int artistNo = 0;
        int albumNo = 0;
        while (written < tracks) {
            artistNo++;
            String artistId = String.format("gen-ar-%07d", artistNo);
            artists.add(new ArtistRow(artistId, names.artist()));
            // Rank-based fame: artist 1 is at 100, the median artist near 30, the tail near 0.
            double fame = 100 * Math.max(0, 1 - Math.log(artistNo) / Math.log(expectedArtists + 1.0));
            int albumCount = 1 + random.nextInt(8);
            for (int a = 0; a < albumCount && written < tracks; a++) {
                albumNo++;
                String albumId = String.format("gen-al-%08d", albumNo);
                int size = Math.min(tracks - written, albumCount == 1 && random.nextBoolean() ? 1 + random.nextInt(3)
                        : 6 + random.nextInt(9));
                String type = size <= 3 ? "single" : "album";
                albums.add(new AlbumRow(albumId, names.album(), artistId, 1960 + random.nextInt(67), type, size));
                for (int n = 1; n <= size; n++) {
                    written++;
                    int popularity = (int) Math.round(Math.max(0, Math.min(100, fame + random.nextGaussian() * 8)));
                    double lufs = -20 + random.nextDouble() * 14;
                    rows.add(new TrackRow(String.format("%s%08d", TRACK_PREFIX, written), names.title(), artistId,
                            albumId, n, 90_000 + random.nextInt(330_000), Math.round((-14 - lufs) * 10) / 10.0,
                            Math.round(lufs * 10) / 10.0, 60 + random.nextInt(120), KEYS[random.nextInt(KEYS.length)],
                            popularity));
                }
            }
            if (rows.size() >= chunkTracks || written >= tracks) {
                sink.accept(new Chunk(List.copyOf(artists), List.copyOf(albums), List.copyOf(rows)));
                artists.clear();
                albums.clear();
                rows.clear();
            }
        }
    }
}
