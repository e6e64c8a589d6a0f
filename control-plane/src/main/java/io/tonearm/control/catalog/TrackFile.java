package io.tonearm.control.catalog;

import java.util.regex.Pattern;

/**
 * One encoding of a track as stored: its size, measured bit rate, format and content hash (the
 * hash is also the HTTP entity tag).
 */
public record TrackFile(Quality quality, long bytes, double bitrateKbps, int sampleRate, int channels, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public TrackFile {
        if (quality == null) {
            throw new IllegalArgumentException("quality is required");
        }
        Checks.positive(bytes, "bytes");
        Checks.positive(bitrateKbps, "bitrate_kbps");
        if (sampleRate < 8_000 || sampleRate > 192_000) {
            throw new IllegalArgumentException("sample_rate must be 8000 to 192000: " + sampleRate);
        }
        if (channels < 1 || channels > 8) {
            throw new IllegalArgumentException("channels must be 1 to 8: " + channels);
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
    }
}
