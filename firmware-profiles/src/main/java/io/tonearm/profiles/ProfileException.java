package io.tonearm.profiles;

/** A profile that cannot be used, with where and why: {@code speaker.yaml: audio.buffer-ms: expected 10-5000, found 0}. */
public final class ProfileException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProfileException(String source, String keyPath, String expected, String found) {
        super(source + ": " + (keyPath.isEmpty() ? "" : keyPath + ": ") + "expected " + expected + ", found " + found);
    }

    public ProfileException(String source, String problem) {
        super(source + ": " + problem);
    }
}
