package io.tonearm.control.audio;

import java.nio.file.Path;

/** A byte range of a stored file to stream as a response body; {@link AudioSliceWriter} writes it. */
public record AudioSlice(Path file, long offset, long length) {

    public AudioSlice {
        if (file == null || offset < 0 || length < 0) {
            throw new IllegalArgumentException("slice needs a file, offset >= 0 and length >= 0");
        }
    }
}
