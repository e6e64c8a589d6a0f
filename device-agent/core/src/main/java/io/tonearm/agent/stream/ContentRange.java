package io.tonearm.agent.stream;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Content-Range: bytes FIRST-LAST/TOTAL} header (RFC 9110 §14.4); TOTAL may be {@code *}
 * (unknown, -1 here). Values are bounded to 18 digits so no arithmetic overflows.
 */
record ContentRange(long first, long last, long total) {
    private static final Pattern FORM = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)");

    ContentRange {
        if (first < 0 || last < first || total < -1 || (total >= 0 && last >= total)) {
            throw new IllegalArgumentException("inconsistent content range " + first + "-" + last + "/" + total);
        }
    }

    long length() {
        return last - first + 1;
    }

    /** The parsed header, or empty if it is missing, malformed or inconsistent. */
    static Optional<ContentRange> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(header.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long total = "*".equals(m.group(3)) ? -1 : Long.parseLong(m.group(3));
            return Optional.of(new ContentRange(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), total));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
