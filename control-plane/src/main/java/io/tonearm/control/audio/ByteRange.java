package io.tonearm.control.audio;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code Range} header asks of a representation of known size (RFC 9110 §14.1.2, §14.2).
 * Only a single {@code bytes} range is honoured; a header that is absent, syntactically invalid
 * ({@code bytes=5-2}, {@code bytes=abc}, another unit) or lists several ranges is answered with the
 * whole representation.
 */
public sealed interface ByteRange {

    /** Serve everything: 200. */
    record Full() implements ByteRange {
    }

    /** Serve bytes {@code first..last} inclusive: 206. */
    record Partial(long first, long last) implements ByteRange {

        public Partial {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("range must satisfy 0 <= first <= last");
            }
        }

        public long length() {
            return last - first + 1;
        }
    }

    /** A valid range that lies outside the representation: 416. */
    record Unsatisfiable() implements ByteRange {
    }

    Pattern SINGLE = Pattern.compile("(?i)bytes[ \\t]*=[ \\t]*([0-9]*)-([0-9]*)[ \\t]*");

    static ByteRange parse(@Nullable String header, long size) {
        if (header == null || header.indexOf(',') >= 0) {
            return new Full();
        }
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Full();
        }
        if (m.group(1).isEmpty()) {
            long suffix = number(m.group(2));
            return suffix == 0 || size == 0 ? new Unsatisfiable() : new Partial(Math.max(0, size - suffix), size - 1);
        }
        long first = number(m.group(1));
        long last = m.group(2).isEmpty() ? Long.MAX_VALUE : number(m.group(2));
        if (last < first) {
            return new Full();
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        return new Partial(first, Math.min(last, size - 1));
    }

    /** Digits as a long; more than 18 digits saturate, which any real file is smaller than. */
    private static long number(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
