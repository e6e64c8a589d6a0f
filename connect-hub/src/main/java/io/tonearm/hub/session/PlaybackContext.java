package io.tonearm.hub.session;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a session plays from: an album or a playlist, by uri ({@code tonearm:album:ID},
 * {@code tonearm:playlist:ID}). A bare list of track uris has no context.
 */
@Serdeable
public record PlaybackContext(Type type, String id) {

    /** Ids as the control plane writes them; bounded so a uri can never be used to build a long URL. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public enum Type {
        ALBUM("album"),
        PLAYLIST("playlist");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public PlaybackContext {
        if (type == null || id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a context needs a type and an id of 1-64 letters, digits, - or _");
        }
    }

    public String uri() {
        return "tonearm:" + type.wireName() + ":" + id;
    }

    /** Parses {@code tonearm:album:ID} or {@code tonearm:playlist:ID}; anything else is empty. */
    public static Optional<PlaybackContext> parse(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        for (Type type : Type.values()) {
            String prefix = "tonearm:" + type.wireName() + ":";
            if (uri.startsWith(prefix) && ID.matcher(uri.substring(prefix.length())).matches()) {
                return Optional.of(new PlaybackContext(type, uri.substring(prefix.length())));
            }
        }
        return Optional.empty();
    }
}
