package io.tonearm.control.catalog;

/** An artist as the catalog names it. */
public record Artist(String id, String name) {

    public Artist {
        Checks.id(id, "artist id");
        Checks.text(name, "artist name");
    }
}
