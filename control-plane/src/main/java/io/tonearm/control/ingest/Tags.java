package io.tonearm.control.ingest;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source file's tags, cleaned for the catalog: control characters removed, whitespace
 * collapsed, at most 256 characters (cut at a code-point boundary), blank as absent. A year is
 * taken from the first four digits of a date tag (1000–9999); a track number from {@code "3"} or
 * {@code "3/12"} (1–999).
 */
public record Tags(Optional<String> title, Optional<String> artist, Optional<String> album, OptionalInt year,
                   OptionalInt trackNumber) {

    static final int MAX_TEXT = 256;
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])([0-9]{4})(?![0-9])");
    private static final Pattern TRACK = Pattern.compile("\\s*0*([0-9]{1,3})\\s*(/.*)?");

    public Tags {
        if (title == null || artist == null || album == null || year == null || trackNumber == null) {
            throw new IllegalArgumentException("tags must not be null (use empty)");
        }
    }

    public static Tags none() {
        return new Tags(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    /** Tags from raw values, any of them null. */
    public static Tags of(String title, String artist, String album, String date, String track) {
        return new Tags(text(title), text(artist), text(album), year(date), track(track));
    }

    static Optional<String> text(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String clean = raw.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != 0x200D ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().replaceAll("\\s+", " ").strip();
        if (clean.length() > MAX_TEXT) {
            int end = MAX_TEXT;
            if (Character.isLowSurrogate(clean.charAt(end))) {
                end--;
            }
            clean = clean.substring(0, end).strip();
        }
        return clean.isEmpty() ? Optional.empty() : Optional.of(clean);
    }

    static OptionalInt year(String raw) {
        Matcher m = raw == null ? null : YEAR.matcher(raw);
        if (m == null || !m.find()) {
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return year >= 1000 ? OptionalInt.of(year) : OptionalInt.empty();
    }

    static OptionalInt track(String raw) {
        Matcher m = raw == null ? null : TRACK.matcher(raw);
        if (m == null || !m.matches()) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(m.group(1));
        return n >= 1 && n <= 999 ? OptionalInt.of(n) : OptionalInt.empty();
    }
}
