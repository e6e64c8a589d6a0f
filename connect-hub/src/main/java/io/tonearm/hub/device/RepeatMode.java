package io.tonearm.hub.device;

import java.util.Arrays;
import java.util.Optional;

/** Repeat as Spotify names it ({@code repeat_state}): off, the current track, or the whole context. */
public enum RepeatMode {
    OFF("off"),
    TRACK("track"),
    CONTEXT("context");

    private final String spotifyName;

    RepeatMode(String spotifyName) {
        this.spotifyName = spotifyName;
    }

    public String spotifyName() {
        return spotifyName;
    }

    /** {@code track}, {@code context} or {@code off}, exactly (Spotify's values are lower case). */
    public static Optional<RepeatMode> fromSpotifyName(String name) {
        return Arrays.stream(values()).filter(m -> m.spotifyName.equals(name)).findFirst();
    }
}
