package io.tonearm.agent.cache;

import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;

/** A cached stream: a track at a quality (never the signed URL, which changes with every grant). */
public record CacheKey(TrackRef track, Quality quality) {
    public CacheKey {
        if (track == null || quality == null) {
            throw new IllegalArgumentException("track and quality are required");
        }
    }

    /** The file name stem: track ids are {@code [A-Za-z0-9_-]}, so this is safe on any file system. */
    String stem() {
        return track.id() + "." + quality.kbps();
    }

    /** The key of a file stem, if it is one. */
    static java.util.Optional<CacheKey> fromStem(String stem) {
        int dot = stem.lastIndexOf('.');
        if (dot < 1) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new CacheKey(new TrackRef(stem.substring(0, dot)),
                    Quality.fromKbps(Integer.parseInt(stem.substring(dot + 1)))));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
