package io.tonearm.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads profiles strictly: unknown keys, missing keys and values out of range are errors naming
 * the file, the key path, what was expected and what was found. Thread-safe.
 */
public final class ProfileLoader {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_BYTES = 64 * 1024;

    /** The names of the profiles shipped in this module. */
    public static final List<String> BUILT_IN = List.of("smart-speaker", "car-headunit", "smart-tv");

    public Profile builtIn(String name) throws ProfileException {
        if (!NAME.matcher(name).matches()) {
            throw new ProfileException(name, "not a profile name (lowercase letters, digits and '-')");
        }
        try (InputStream in = ProfileLoader.class.getResourceAsStream("/profiles/" + name + ".yaml")) {
            if (in == null) {
                throw new ProfileException(name, "no such profile; built in: " + String.join(", ", BUILT_IN));
            }
            return parse(name + ".yaml", new String(in.readNBytes(MAX_BYTES + 1), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProfileException(name, "cannot read: " + e.getMessage());
        }
    }

    public Profile file(Path path) throws ProfileException {
        String source = path.getFileName().toString();
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new ProfileException(source, "larger than " + MAX_BYTES + " bytes");
            }
            return parse(source, Files.readString(path));
        } catch (IOException e) {
            throw new ProfileException(source, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    /** Parses profile text; {@code source} names it in errors. */
    public Profile parse(String source, String yaml) throws ProfileException {
        if (yaml.length() > MAX_BYTES) {
            throw new ProfileException(source, "larger than " + MAX_BYTES + " bytes");
        }
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            throw new ProfileException(source, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map)) {
            throw new ProfileException(source, "", "a mapping at the top", root == null ? "an empty file" : "a " + kind(root));
        }
        return new ProfileReader(source).read(new Node(source, "", (Map<?, ?>) root));
    }

    static String kind(Object value) {
        if (value instanceof Map) {
            return "mapping";
        }
        if (value instanceof List) {
            return "list";
        }
        return value == null ? "nothing" : value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
