package io.tonearm.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads profiles strictly: unknown keys, missing keys and values out of range are errors naming
 * the file, the key path, what was expected and what was found. Follows {@code extends} (see
 * {@link Inheritance}) and validates the effective profile. Each file is at most 64 KiB of UTF-8,
 * read with SnakeYAML's safe constructor, no duplicate keys and few aliases. Thread-safe.
 */
public final class ProfileLoader {
    private static final Pattern NAME = Pattern.compile(ProfileReader.NAME);
    static final int MAX_BYTES = 64 * 1024;

    /** The names of the profiles shipped in this module. */
    public static final List<String> BUILT_IN =
            List.of("base", "smart-speaker", "car-headunit", "smart-tv", "rpi-zero-2w", "rpi-4", "constrained-coap");

    /** True if {@code nameOrFile} names a file (it ends in .yaml or .yml) rather than a built-in profile. */
    public static boolean namesFile(String nameOrFile) {
        String lower = nameOrFile.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** A profile file if {@code nameOrFile} ends in .yaml or .yml, otherwise a built-in profile. */
    public Profile load(String nameOrFile) throws ProfileException {
        if (!namesFile(nameOrFile)) {
            return builtIn(nameOrFile);
        }
        try {
            return file(Path.of(nameOrFile));
        } catch (InvalidPathException e) {
            throw new ProfileException(nameOrFile, "not a usable file name");
        }
    }

    public Profile builtIn(String name) throws ProfileException {
        return resolve(builtInLayer(name).orElseThrow(() -> new ProfileException(name,
                "no such profile; built in: " + String.join(", ", BUILT_IN))));
    }

    public Profile file(Path path) throws ProfileException {
        return resolve(fileLayer(path, path.toString()));
    }

    /** Parses profile text; {@code source} names it in errors. It may extend built-in profiles only. */
    public Profile parse(String source, String yaml) throws ProfileException {
        if (yaml.length() > MAX_BYTES) {
            throw new ProfileException(source, "larger than " + MAX_BYTES + " bytes");
        }
        return resolve(new Inheritance.Layer(source, "text:" + source, tree(source, yaml), Optional.empty()));
    }

    private Profile resolve(Inheritance.Layer top) throws ProfileException {
        Inheritance.Merged merged = Inheritance.merge(Inheritance.chain(top, this::locate));
        return new ProfileReader().read(new Node(merged.origins(), "", merged.root()));
    }

    private Inheritance.Layer locate(Inheritance.Layer child, String ref) throws ProfileException {
        if (!namesFile(ref)) {
            return builtInLayer(ref).orElseThrow(() -> new ProfileException(child.source(), "extends",
                    "a built-in profile (" + String.join(", ", BUILT_IN) + ") or a sibling .yaml file",
                    "\"" + ref + "\", which is neither"));
        }
        if (child.file().isEmpty()) {
            throw new ProfileException(child.source(), "extends", "a built-in profile's name (only a profile file can "
                    + "extend a sibling file)", "\"" + ref + "\"");
        }
        Path sibling = child.file().get().resolveSibling(ref);
        if (!Files.exists(sibling)) {
            throw new ProfileException(child.source(), "extends", "a built-in profile or a sibling .yaml file",
                    "\"" + ref + "\", which does not exist beside it");
        }
        return fileLayer(sibling, sibling.toString());
    }

    private Optional<Inheritance.Layer> builtInLayer(String name) throws ProfileException {
        if (!NAME.matcher(name).matches()) {
            throw new ProfileException(name, "not a profile name (lowercase letters, digits and '-')");
        }
        String source = name + ".yaml";
        try (InputStream in = ProfileLoader.class.getResourceAsStream("/profiles/" + source)) {
            if (in == null) {
                return Optional.empty();
            }
            String text = utf8(source, in.readNBytes(MAX_BYTES + 1));
            return Optional.of(new Inheritance.Layer(source, "built-in:" + name, tree(source, text), Optional.empty()));
        } catch (IOException e) {
            throw new ProfileException(source, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    private Inheritance.Layer fileLayer(Path path, String source) throws ProfileException {
        if (!Files.isRegularFile(path)) {
            throw new ProfileException(source, Files.exists(path) ? "not a regular file" : "no such file");
        }
        byte[] bytes;
        String id;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
            id = "file:" + path.toRealPath();
        } catch (IOException e) {
            throw new ProfileException(source, "cannot read: " + e.getClass().getSimpleName());
        }
        return new Inheritance.Layer(source, id, tree(source, utf8(source, bytes)), Optional.of(path));
    }

    private static String utf8(String source, byte[] bytes) throws ProfileException {
        if (bytes.length > MAX_BYTES) {
            throw new ProfileException(source, "larger than " + MAX_BYTES + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProfileException(source, "not UTF-8 text");
        }
    }

    private static Map<?, ?> tree(String source, String yaml) throws ProfileException {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setNestingDepthLimit(20);
            options.setCodePointLimit(MAX_BYTES);
            root = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ProfileException(source, "not valid YAML: " + first);
        }
        if (!(root instanceof Map)) {
            throw new ProfileException(source, "", "a mapping at the top", root == null ? "an empty file" : "a " + kind(root));
        }
        return (Map<?, ?>) root;
    }

    static String kind(Object value) {
        if (value instanceof Map) {
            return "mapping";
        }
        if (value instanceof List) {
            return "list";
        }
        return value == null ? "nothing" : value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
