package io.tonearm.control.catalog;

/** Shared argument checks for the catalog's records. */
final class Checks {

    private Checks() {
    }

    static void id(String value, String what) {
        if (value == null || !TrackId.PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must match " + TrackId.PATTERN.pattern());
        }
    }

    static void text(String value, String what) {
        if (value == null || value.isBlank() || value.length() > 256) {
            throw new IllegalArgumentException(what + " must be 1 to 256 characters");
        }
    }

    static void positive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
