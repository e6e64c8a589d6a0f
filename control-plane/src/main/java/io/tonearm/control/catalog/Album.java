package io.tonearm.control.catalog;

/** An album and the year it was released. */
public record Album(String id, String name, int year) {

    public Album {
        Checks.id(id, "album id");
        Checks.text(name, "album name");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("album year must have four digits: " + year);
        }
    }
}
