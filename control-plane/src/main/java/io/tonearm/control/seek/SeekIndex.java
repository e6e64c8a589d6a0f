package io.tonearm.control.seek;

import java.util.List;

/**
 * Where a player can start reading an Ogg Vorbis file to seek: points {@code (granule, offset)}
 * in increasing order. {@code offset} is the byte offset of the start of an Ogg page and
 * {@code granule} the granule position of the last page before it that carries one, so decoding
 * from {@code offset} continues the audio that starts at sample {@code granule} (per channel, at
 * the stream's rate). The first point is the first audio page after the three Vorbis headers, with
 * granule 0; then about one point per second of audio. Serialised as {@code [[G, O], …]}.
 */
public record SeekIndex(List<Point> points) {

    public SeekIndex {
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (b.granule() < a.granule() || b.offset() <= a.offset()) {
                throw new IllegalArgumentException("seek points must increase");
            }
        }
    }

    /** One seek point. */
    public record Point(long granule, long offset) {

        public Point {
            if (granule < 0 || offset < 0) {
                throw new IllegalArgumentException("seek point values must not be negative");
            }
        }
    }

    public static SeekIndex empty() {
        return new SeekIndex(List.of());
    }

    /** The index as JSON: {@code [[G,O],…]}. */
    public String toJson() {
        StringBuilder json = new StringBuilder(points.size() * 20 + 2).append('[');
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            json.append(i == 0 ? "" : ",").append('[').append(p.granule()).append(',').append(p.offset()).append(']');
        }
        return json.append(']').toString();
    }

    /** Parses what {@link #toJson} wrote (only that shape). */
    public static SeekIndex fromJson(String json) {
        String body = json.strip();
        if (!body.startsWith("[") || !body.endsWith("]")) {
            throw new IllegalArgumentException("seek index is not a JSON array");
        }
        body = body.substring(1, body.length() - 1).strip();
        if (body.isEmpty()) {
            return empty();
        }
        if (!body.startsWith("[") || !body.endsWith("]")) {
            throw new IllegalArgumentException("seek index entries must be [G,O] pairs");
        }
        String[] pairs = body.substring(1, body.length() - 1).split("\\]\\s*,\\s*\\[", -1);
        Point[] points = new Point[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            String[] values = pairs[i].split(",", -1);
            if (values.length != 2) {
                throw new IllegalArgumentException("seek index entries must be [G,O] pairs");
            }
            try {
                points[i] = new Point(Long.parseLong(values[0].strip()), Long.parseLong(values[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("seek index values must be integers", e);
            }
        }
        return new SeekIndex(List.of(points));
    }
}
