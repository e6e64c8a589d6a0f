package io.tonearm.profiles;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A YAML mapping being read, remembering its path and which keys were used. */
final class Node {
    private final String source;
    private final String path;
    private final Map<?, ?> map;
    private final Set<String> used = new HashSet<>();

    Node(String source, String path, Map<?, ?> map) {
        this.source = source;
        this.path = path;
        this.map = map;
    }

    private String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Object required(String key) throws ProfileException {
        used.add(key);
        if (!map.containsKey(key)) {
            throw new ProfileException(source, at(key), "a value", "nothing (the key is missing)");
        }
        return map.get(key);
    }

    Node child(String key) throws ProfileException {
        Object v = required(key);
        if (!(v instanceof Map)) {
            throw new ProfileException(source, at(key), "a mapping", "a " + ProfileLoader.kind(v));
        }
        return new Node(source, at(key), (Map<?, ?>) v);
    }

    String text(String key, String pattern) throws ProfileException {
        Object v = required(key);
        if (!(v instanceof String) || !((String) v).matches(pattern)) {
            throw new ProfileException(source, at(key), "text matching " + pattern, describe(v));
        }
        return (String) v;
    }

    String oneOf(String key, Set<String> allowed) throws ProfileException {
        Object v = required(key);
        if (!(v instanceof String) || !allowed.contains(v)) {
            throw new ProfileException(source, at(key), "one of " + new java.util.TreeSet<>(allowed), describe(v));
        }
        return (String) v;
    }

    int integer(String key, int min, int max) throws ProfileException {
        Object v = required(key);
        if (!(v instanceof Integer) || (Integer) v < min || (Integer) v > max) {
            throw new ProfileException(source, at(key), "a whole number from " + min + " to " + max, describe(v));
        }
        return (Integer) v;
    }

    /** Fails on any key that was never read: a typo must not pass silently. */
    void noOtherKeys() throws ProfileException {
        for (Object k : map.keySet()) {
            if (!(k instanceof String) || !used.contains(k)) {
                throw new ProfileException(source, at(String.valueOf(k)), "no such key", "an unknown key");
            }
        }
    }

    private static String describe(Object v) {
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
