package io.tonearm.agent.stream;

import java.util.List;

/**
 * Where to start reading an Ogg stream to reach a sample, as the control plane sends it with the
 * stream URL ({@code "seek_index": [[G, O], …]}): {@code O} is the byte offset of an Ogg page start,
 * {@code G} the granule position of the last page before {@code O} that carries one. The first
 * point is the first audio page with {@code G = 0}; offsets grow strictly, granules never fall.
 */
public record SeekIndex(List<Point> points) {
    /** More points than an hour-long track at one a second would need, many times over. */
    public static final int MAX_POINTS = 100_000;

    public record Point(long granule, long offset) {
        public Point {
            if (granule < 0 || offset < 0) {
                throw new IllegalArgumentException("granule and offset must not be negative");
            }
        }
    }

    public SeekIndex {
        points = List.copyOf(points);
        if (points.isEmpty() || points.size() > MAX_POINTS) {
            throw new IllegalArgumentException("a seek index holds 1-" + MAX_POINTS + " points, not " + points.size());
        }
        if (points.get(0).granule() != 0) {
            throw new IllegalArgumentException("the first point must have granule 0");
        }
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (b.offset() <= a.offset() || b.granule() < a.granule()) {
                throw new IllegalArgumentException("point " + i + " does not follow point " + (i - 1));
            }
        }
    }

    /** The last point whose granule is at most {@code granule} (the first point if none is). */
    public Point atOrBefore(long granule) {
        int lo = 0;
        int hi = points.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (points.get(mid).granule() <= granule) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return points.get(lo);
    }

    /** The byte offset where audio pages begin (the first point's). */
    public long audioStart() {
        return points.get(0).offset();
    }
}
