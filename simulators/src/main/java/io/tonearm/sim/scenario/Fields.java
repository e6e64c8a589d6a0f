package io.tonearm.sim.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping read with its path, so every error names the key (e.g. {@code steps[2].play.tracks}).
 * Unknown keys are errors: a misspelt expectation must not pass silently.
 */
final class Fields {
    private final String path;
    private final Map<?, ?> map;

    private Fields(String path, Map<?, ?> map) {
        this.path = path;
        this.map = map;
    }

    static Fields of(String path, Object node, Set<String> allowed) {
        if (!(node instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(path + " must be a mapping");
        }
        for (Object k : m.keySet()) {
            if (!(k instanceof String s) || !allowed.contains(s)) {
                throw new IllegalArgumentException(path + ": unknown key \"" + String.valueOf(k).replaceAll("\\p{Cntrl}", "?")
                        + "\"; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return new Fields(path, m);
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Object raw(String key) {
        return map.get(key);
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    String text(String key) {
        return optionalText(key).orElseThrow(() -> new IllegalArgumentException(path(key) + " is required"));
    }

    Optional<String> optionalText(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
            throw new IllegalArgumentException(path(key) + " must be text");
        }
        return Optional.of(String.valueOf(v));
    }

    long whole(String key, long min, long max, long dflt) {
        return optionalWhole(key, min, max).orElse(dflt);
    }

    Optional<Long> optionalWhole(String key, long min, long max) {
        return optionalWhole(path(key), map.get(key), min, max);
    }

    static Optional<Long> optionalWhole(String path, Object v, long min, long max) {
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof Integer || v instanceof Long)) {
            throw new IllegalArgumentException(path + " must be a whole number");
        }
        long n = ((Number) v).longValue();
        if (n < min || n > max) {
            throw new IllegalArgumentException(path + " must be from " + min + " to " + max + ", not " + n);
        }
        return Optional.of(n);
    }

    double fraction(String key) {
        Object v = map.get(key);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof Number n) || !(n.doubleValue() >= 0 && n.doubleValue() <= 1)) {
            throw new IllegalArgumentException(path(key) + " must be a number from 0 to 1");
        }
        return n.doubleValue();
    }

    List<?> list(String key) {
        Object v = map.get(key);
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException(path(key) + " must be a list");
        }
        return l;
    }
}
