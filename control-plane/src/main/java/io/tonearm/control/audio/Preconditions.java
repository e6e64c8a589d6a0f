package io.tonearm.control.audio;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Conditional request checks against an immutable file (RFC 9110 §13.1, §13.2.2). */
final class Preconditions {

    private Preconditions() {
    }

    /**
     * Whether a GET or HEAD can be answered with 304: {@code If-None-Match} (weak comparison, or
     * {@code *}) decides when present; otherwise {@code If-Modified-Since}.
     */
    static boolean notModified(@Nullable String ifNoneMatch, @Nullable String ifModifiedSince, String etag,
                               Instant lastModified) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
                    return true;
                }
            }
            return false;
        }
        return parseDate(ifModifiedSince).map(since -> !lastModified.isAfter(since)).orElse(false);
    }

    /**
     * Whether a {@code Range} may be honoured given {@code If-Range}: absent, the same strong tag,
     * or exactly the {@code Last-Modified} date; anything else means "send it all".
     */
    static boolean rangeAllowed(@Nullable String ifRange, String etag, Instant lastModified) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.trim();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(etag);
        }
        return parseDate(value).map(date -> date.equals(lastModified)).orElse(false);
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static Optional<Instant> parseDate(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
