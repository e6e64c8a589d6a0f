package io.tonearm.control.audio;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code Range} header asks of a representation of known size (RFC 9110 §14.1.2, §14.2).
 * A header that is absent or syntactically invalid ({@code bytes=5-2}, {@code bytes=abc}, another
 * unit) is answered with the whole representation; several ranges are coalesced or ignored
 * ({@link #parse}).
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

    /** More range-specs than this are not worth honouring (RFC 9110 §14.2 lets a server ignore Range). */
    int MAX_RANGES = 16;
    Pattern UNIT = Pattern.compile("(?i)[ \\t]*bytes[ \\t]*=(.*)", Pattern.DOTALL);
    Pattern SPEC = Pattern.compile("[ \\t]*([0-9]*)-([0-9]*)[ \\t]*");

    /**
     * The range to serve for {@code header}. Several range-specs (RFC 9110 §14.1.2) are coalesced
     * when, after sorting, the satisfiable ones overlap or touch, so {@code bytes=0-99,50-199} or
     * {@code bytes=0-9,10-19} is one 206; disjoint ones are answered with the whole representation
     * (200), since multipart/byteranges is not offered. Unsatisfiable specs are dropped; if none is
     * left, 416. Any syntactically invalid spec, or more than {@link #MAX_RANGES}, and the header is
     * ignored (200).
     */
    static ByteRange parse(@Nullable String header, long size) {
        if (header == null) {
            return new Full();
        }
        Matcher unit = UNIT.matcher(header);
        if (!unit.matches()) {
            return new Full();
        }
        String[] specs = unit.group(1).split(",", -1);
        if (specs.length > MAX_RANGES) {
            return new Full();
        }
        List<Partial> satisfiable = new ArrayList<>();
        int valid = 0;
        for (String spec : specs) {
            if (spec.isBlank() && specs.length > 1) {
                continue; // empty list elements are allowed (RFC 9110 §5.6.1)
            }
            Matcher m = SPEC.matcher(spec);
            if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
                return new Full();
            }
            ByteRange one = single(m.group(1), m.group(2), size);
            if (one instanceof Full) {
                return new Full();
            }
            valid++;
            if (one instanceof Partial) {
                satisfiable.add((Partial) one);
            }
        }
        if (valid == 0) {
            return new Full();
        }
        if (satisfiable.isEmpty()) {
            return new Unsatisfiable();
        }
        satisfiable.sort(Comparator.comparingLong(Partial::first));
        Partial merged = satisfiable.get(0);
        for (Partial next : satisfiable.subList(1, satisfiable.size())) {
            if (next.first() > merged.last() + 1) {
                return new Full();
            }
            merged = new Partial(merged.first(), Math.max(merged.last(), next.last()));
        }
        return merged;
    }

    /** One range-spec: Partial, Unsatisfiable, or Full when it is invalid ({@code last < first}). */
    private static ByteRange single(String firstDigits, String lastDigits, long size) {
        if (firstDigits.isEmpty()) {
            long suffix = number(lastDigits);
            return suffix == 0 || size == 0 ? new Unsatisfiable() : new Partial(Math.max(0, size - suffix), size - 1);
        }
        long first = number(firstDigits);
        long last = lastDigits.isEmpty() ? Long.MAX_VALUE : number(lastDigits);
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
