package io.tonearm.agent.stream.seek;

/**
 * Where decoding resumes for a seek: the page starting at byte {@code offset}, the last granule
 * before it being {@code granuleBefore} (at most the target, less the preroll). {@code requests}
 * counts the range reads the search took (0 with a seek index).
 */
public record SeekPoint(long offset, long granuleBefore, int requests) {
    public SeekPoint {
        if (offset < 0 || granuleBefore < 0 || requests < 0) {
            throw new IllegalArgumentException("offset, granule and requests must not be negative");
        }
    }
}
