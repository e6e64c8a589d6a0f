package io.tonearm.profiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code extends}: a profile names one base, a built-in profile or a sibling {@code .yaml} file.
 * The chain is followed to its root (at most {@value #MAX_EXTENDS} steps, no cycles) and merged from
 * the root down as JSON Merge Patch (RFC 7386) does: mappings merge key by key, the child wins, a
 * list or a scalar replaces, and {@code ~} (null) removes an inherited key. {@code name} and
 * {@code extends} are never inherited.
 */
final class Inheritance {
    static final int MAX_EXTENDS = 8;
    private static final String BASE_REF = ProfileReader.NAME + "|[A-Za-z0-9_][A-Za-z0-9._-]{0,99}\\.ya?ml";

    /** One file of a chain: its name in errors, its identity for cycle checks, its tree and where it lives. */
    record Layer(String source, String id, Map<?, ?> root, Optional<Path> file) {
    }

    /** Finds the base a layer names; throws the "no such base" error itself. */
    interface Locator {
        Layer locate(Layer child, String ref) throws ProfileException;
    }

    record Merged(Map<Object, Object> root, Origins origins) {
    }

    private Inheritance() {
    }

    /** The layers from {@code top} to its root base. */
    static List<Layer> chain(Layer top, Locator locator) throws ProfileException {
        List<Layer> chain = new ArrayList<>(List.of(top));
        Layer current = top;
        for (Optional<String> ref = ref(current); ref.isPresent(); ref = ref(current)) {
            if (chain.size() > MAX_EXTENDS) {
                throw new ProfileException(top.source(), "extends", "a chain of at most " + MAX_EXTENDS + " extends",
                        names(chain) + " -> " + ref.get() + " -> …");
            }
            Layer base = locator.locate(current, ref.get());
            for (Layer seen : chain) {
                if (seen.id().equals(base.id())) {
                    throw new ProfileException(current.source(), "extends", "a chain without cycles",
                            names(chain) + " -> " + base.source());
                }
            }
            chain.add(base);
            current = base;
        }
        return chain;
    }

    private static Optional<String> ref(Layer layer) throws ProfileException {
        if (!layer.root().containsKey("extends")) {
            return Optional.empty();
        }
        Object v = layer.root().get("extends");
        if (!(v instanceof String) || !((String) v).matches(BASE_REF)) {
            throw new ProfileException(layer.source(), "extends",
                    "a built-in profile's name or a sibling file's name ending in .yaml", Node.describe(v));
        }
        return Optional.of((String) v);
    }

    private static String names(List<Layer> chain) {
        return chain.stream().map(Layer::source).collect(Collectors.joining(" -> "));
    }

    static Merged merge(List<Layer> chain) {
        Origins origins = new Origins(chain.get(0).source());
        Map<Object, Object> root = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Layer layer = chain.get(i);
            Map<Object, Object> patch = new LinkedHashMap<>(layer.root());
            patch.remove("extends");
            if (i > 0) {
                patch.remove("name");
            }
            apply(root, patch, "", layer.source(), origins);
        }
        return new Merged(root, origins);
    }

    private static void apply(Map<Object, Object> target, Map<?, ?> patch, String prefix, String source, Origins origins) {
        for (Map.Entry<?, ?> e : patch.entrySet()) {
            String path = prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey();
            Object value = e.getValue();
            Object existing = target.get(e.getKey());
            if (value == null) {
                target.remove(e.getKey());
                origins.removed(path, source);
            } else if (value instanceof Map && existing instanceof Map) {
                @SuppressWarnings("unchecked")
                Map<Object, Object> into = (Map<Object, Object>) existing;
                apply(into, (Map<?, ?>) value, path, source, origins);
            } else {
                origins.removed(path, source); // forget what a base set below this path
                origins.set(path, source);
                if (value instanceof Map) {
                    Map<Object, Object> fresh = new LinkedHashMap<>();
                    apply(fresh, (Map<?, ?>) value, path, source, origins);
                    target.put(e.getKey(), fresh);
                } else {
                    target.put(e.getKey(), value);
                }
            }
        }
    }
}
