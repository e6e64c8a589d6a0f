package io.tonearm.profiles;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A mapping of the merged profile tree being read, remembering its path and which keys were used. */
final class Node {
    private final Origins origins;
    private final String path;
    private final Map<?, ?> map;
    private final Set<String> used = new HashSet<>();

    Node(Origins origins, String path, Map<?, ?> map) {
        this.origins = origins;
        this.path = path;
        this.map = map;
    }

    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** An error about the value at {@code keyPath}, naming the file that set it. */
    ProfileException error(String keyPath, String expected, String found) {
        return new ProfileException(origins.sourceOf(keyPath), keyPath, expected, found);
    }

    private Object required(String key) throws ProfileException {
        used.add(key);
        if (!map.containsKey(key)) {
            Optional<String> remover = origins.removedBy(at(key));
            if (remover.isPresent() && remover.get().equals(origins.top())) {
                throw new ProfileException(remover.get(), at(key), "a value",
                        "nothing (YAML reads a bare null or ~ as nothing, which removes the key; quote it: \"null\")");
            }
            if (remover.isPresent()) {
                throw new ProfileException(origins.top(), at(key), "a value",
                        "nothing (the key is missing; " + remover.get() + " removes it with ~)");
            }
            throw new ProfileException(origins.top(), at(key), "a value", "nothing (the key is missing)");
        }
        return map.get(key);
    }

    private Optional<Object> optional(String key) {
        used.add(key);
        return Optional.ofNullable(map.get(key));
    }

    Node child(String key) throws ProfileException {
        return asNode(key, required(key));
    }

    Optional<Node> optionalChild(String key) throws ProfileException {
        Optional<Object> v = optional(key);
        return v.isEmpty() ? Optional.empty() : Optional.of(asNode(key, v.get()));
    }

    private Node asNode(String key, Object v) throws ProfileException {
        if (!(v instanceof Map)) {
            throw error(at(key), "a mapping", describe(v));
        }
        return new Node(origins, at(key), (Map<?, ?>) v);
    }

    String text(String key, String pattern) throws ProfileException {
        Object v = required(key);
        if (!(v instanceof String) || !((String) v).matches(pattern)) {
            throw error(at(key), "text matching " + pattern, describe(v));
        }
        return (String) v;
    }

    Optional<String> optionalText(String key, String pattern) throws ProfileException {
        Optional<Object> v = optional(key);
        if (v.isPresent() && (!(v.get() instanceof String) || !((String) v.get()).matches(pattern))) {
            throw error(at(key), "text matching " + pattern, describe(v.get()));
        }
        return v.map(String.class::cast);
    }

    String oneOf(String key, Set<String> allowed) throws ProfileException {
        Object v = required(key);
        if (!(v instanceof String) || !allowed.contains(v)) {
            throw error(at(key), "one of " + new TreeSet<>(allowed), describe(v));
        }
        return (String) v;
    }

    int integer(String key, int min, int max) throws ProfileException {
        return checkInteger(key, required(key), min, max);
    }

    Optional<Integer> optionalInteger(String key, int min, int max) throws ProfileException {
        Optional<Object> v = optional(key);
        return v.isEmpty() ? Optional.empty() : Optional.of(checkInteger(key, v.get(), min, max));
    }

    private int checkInteger(String key, Object v, int min, int max) throws ProfileException {
        if (!(v instanceof Integer) || (Integer) v < min || (Integer) v > max) {
            throw error(at(key), "a whole number from " + min + " to " + max, describe(v));
        }
        return (Integer) v;
    }

    boolean bool(String key) throws ProfileException {
        Object v = required(key);
        if (!(v instanceof Boolean)) {
            throw error(at(key), "true or false", describe(v));
        }
        return (Boolean) v;
    }

    /** A list of at most {@code maxSize} items; the caller checks the items. */
    List<?> list(String key, int maxSize) throws ProfileException {
        Object v = required(key);
        if (!(v instanceof List)) {
            throw error(at(key), "a list", describe(v));
        }
        if (((List<?>) v).size() > maxSize) {
            throw error(at(key), "at most " + maxSize + " items", ((List<?>) v).size() + " items");
        }
        return (List<?>) v;
    }

    /** Fails on any key that was never read: a typo must not pass silently. */
    void noOtherKeys() throws ProfileException {
        for (Object k : map.keySet()) {
            if (!(k instanceof String) || !used.contains(k)) {
                String key = String.valueOf(k);
                throw error(at(key.length() > 64 ? key.substring(0, 64) + "…" : key), "no such key", "an unknown key");
            }
        }
    }

    static String describe(Object v) {
        if (v == null) {
            return "nothing (YAML reads a bare null or ~ as nothing; quote it: \"null\")";
        }
        if (v instanceof String) {
            String s = (String) v;
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        return v instanceof Number || v instanceof Boolean ? String.valueOf(v) : "a " + ProfileLoader.kind(v);
    }
}
