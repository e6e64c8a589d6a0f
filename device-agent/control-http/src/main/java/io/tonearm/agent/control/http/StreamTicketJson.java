package io.tonearm.agent.control.http;

import com.fasterxml.jackson.jr.ob.JSON;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.SeekIndex;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the control plane's stream answer (docs/http-contracts.md, {@code GET
 * /v1/tracks/{id}/stream}) into a {@link StreamTicket}. Required: {@code url}, {@code quality},
 * {@code loudness_gain_db}, {@code duration_ms} and {@code expires_at} (or, failing that,
 * {@code expires_in} seconds from now). A {@code track_id} that names another track is refused. A
 * relative {@code url} is resolved against the base URL. Unknown fields are ignored. Optional:
 * {@code seek_index}, an array of {@code [granule, byte offset]} pairs (see {@link SeekIndex}); one
 * that is malformed is dropped with a warning (the agent then seeks by bisection) rather than
 * refusing a playable stream.
 *
 * <p>Every failure is a {@link StreamException.Reason#PROTOCOL} whose message names the field,
 * never the body. Stateless and thread-safe.
 */
final class StreamTicketJson {
    private static final Logger LOG = LoggerFactory.getLogger(StreamTicketJson.class);

    private final URI base;
    private final Clock clock;

    StreamTicketJson(URI base, Clock clock) {
        this.base = URI.create(base + "/");
        this.clock = clock;
    }

    StreamTicket read(TrackRef track, byte[] body) throws StreamException {
        Map<String, Object> json;
        try {
            json = JSON.std.mapFrom(body);
        } catch (IOException | RuntimeException e) {
            throw protocol("the stream answer for " + track + " is not a JSON object");
        }
        if (json == null) {
            throw protocol("the stream answer for " + track + " is not a JSON object");
        }
        Object trackId = json.get("track_id");
        if (trackId != null && !track.id().equals(trackId)) {
            throw protocol("the stream answer for " + track + " names another track");
        }
        try {
            return new StreamTicket(track, quality(json), url(json), expiry(json),
                    number(json, "loudness_gain_db"), wholeNumber(json, "duration_ms"), seekIndex(track, json.get("seek_index")));
        } catch (IllegalArgumentException e) {
            throw protocol("the stream answer for " + track + " is inconsistent: " + e.getMessage());
        }
    }

    static Optional<SeekIndex> seekIndex(TrackRef track, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (!(value instanceof List<?> list) || list.size() > SeekIndex.MAX_POINTS) {
                throw new IllegalArgumentException("not an array of at most " + SeekIndex.MAX_POINTS + " points");
            }
            List<SeekIndex.Point> points = new ArrayList<>(list.size());
            for (Object item : list) {
                if (!(item instanceof List<?> pair) || pair.size() != 2) {
                    throw new IllegalArgumentException("a point is not a [granule, offset] pair");
                }
                points.add(new SeekIndex.Point(whole(pair.get(0)), whole(pair.get(1))));
            }
            return Optional.of(new SeekIndex(points));
        } catch (IllegalArgumentException e) {
            LOG.warn("ignoring the seek index of {}: {}", track, e.getMessage());
            return Optional.empty();
        }
    }

    private static long whole(Object o) {
        if (o instanceof Integer || o instanceof Long || o instanceof java.math.BigInteger) {
            java.math.BigInteger v = new java.math.BigInteger(o.toString());
            if (v.signum() >= 0 && v.bitLength() < 63) {
                return v.longValue();
            }
        }
        throw new IllegalArgumentException("a granule or offset is not a whole non-negative number");
    }

    private Quality quality(Map<String, Object> json) throws StreamException {
        long kbps = wholeNumber(json, "quality");
        try {
            return Quality.fromKbps((int) Math.min(kbps, Integer.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            throw protocol("field 'quality' holds no known quality");
        }
    }

    private URI url(Map<String, Object> json) throws StreamException {
        if (!(json.get("url") instanceof String text) || text.isBlank()) {
            throw protocol("field 'url' is missing or not a string");
        }
        URI url;
        try {
            url = base.resolve(new URI(text));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw protocol("field 'url' is not a URL");
        }
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw protocol("field 'url' is not an http(s) URL");
        }
        return url;
    }

    private Instant expiry(Map<String, Object> json) throws StreamException {
        Object at = json.get("expires_at");
        if (at instanceof String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw protocol("field 'expires_at' is not an ISO-8601 instant");
            }
        }
        if (at == null && json.get("expires_in") != null) {
            return clock.instant().plusSeconds(wholeNumber(json, "expires_in"));
        }
        throw protocol("field 'expires_at' is missing or not a string");
    }

    private static double number(Map<String, Object> json, String field) throws StreamException {
        if (!(json.get(field) instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw protocol("field '" + field + "' is missing or not a number");
        }
        return n.doubleValue();
    }

    private static long wholeNumber(Map<String, Object> json, String field) throws StreamException {
        double value = number(json, field);
        if (value < 0 || value != Math.rint(value) || value > Long.MAX_VALUE) {
            throw protocol("field '" + field + "' is not a whole non-negative number");
        }
        return (long) value;
    }

    private static StreamException protocol(String message) {
        return new StreamException(StreamException.Reason.PROTOCOL, message);
    }
}
