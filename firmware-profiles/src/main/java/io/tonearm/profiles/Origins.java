package io.tonearm.profiles;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which file of an inheritance chain set each key path of the merged tree, so an error names the
 * file that holds the bad value. Paths look like {@code audio.buffer-ms} and {@code jvm.flags[2]}.
 */
final class Origins {
    private final String top;
    private final Map<String, String> setBy = new HashMap<>();
    private final Map<String, String> removedBy = new HashMap<>();

    Origins(String top) {
        this.top = top;
    }

    /** The profile being loaded: missing keys are its errors. */
    String top() {
        return top;
    }

    void set(String path, String source) {
        setBy.put(path, source);
        removedBy.remove(path);
    }

    void removed(String path, String source) {
        removedBy.put(path, source);
        setBy.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + ".") || p.startsWith(path + "["));
    }

    Optional<String> removedBy(String path) {
        return Optional.ofNullable(removedBy.get(path));
    }

    /** The file that set {@code path} or its nearest enclosing key; the top file if none did. */
    String sourceOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            String s = setBy.get(p);
            if (s != null) {
                return s;
            }
            p = p.substring(0, Math.max(0, Math.max(p.lastIndexOf('.'), p.lastIndexOf('['))));
        }
        return top;
    }
}
