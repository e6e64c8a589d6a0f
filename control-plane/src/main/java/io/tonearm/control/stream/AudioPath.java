package io.tonearm.control.stream;

import io.tonearm.control.catalog.Quality;
import io.tonearm.control.catalog.TrackId;

/** The path of a track's audio, {@code /v1/audio/{track-id}/{kbps}.ogg}: what stream URLs sign. */
public final class AudioPath {

    public static final String PREFIX = "/v1/audio/";

    private AudioPath() {
    }

    public static String of(TrackId trackId, Quality quality) {
        return PREFIX + trackId.value() + "/" + quality.kbps() + ".ogg";
    }
}
