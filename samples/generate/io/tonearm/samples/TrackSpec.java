package io.tonearm.samples;

import java.util.List;
import java.util.regex.Pattern;

/** One track of the pack. Text fields are restricted so they need no escaping in JSON or TSV. */
record TrackSpec(String id, String title, String artist, String artistId, String album,
                 String albumId, int albumYear, int trackNumber, Style style, int tempoBpm,
                 String key, String progression, long seed) {
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern SAFE_TEXT = Pattern.compile("[A-Za-z0-9# ,.'&()!?-]{1,80}");

    TrackSpec {
        for (String s : List.of(id, artistId, albumId)) {
            if (!ID.matcher(s).matches()) throw new IllegalArgumentException("bad id: " + s);
        }
        for (String s : List.of(title, artist, album, key, progression)) {
            if (!SAFE_TEXT.matcher(s).matches()) {
                throw new IllegalArgumentException("text needs escaping: " + s);
            }
        }
        if (trackNumber < 1 || tempoBpm < 40 || tempoBpm > 200) {
            throw new IllegalArgumentException("bad track number or tempo in " + id);
        }
    }
}
