package io.tonearm.control;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The control plane's settings, bound from {@code tonearm.control.*} and validated when the bean is
 * created, so a bad value fails start with the key's name. Defaults are documented in the README.
 *
 * @param dataDir    {@code data-dir}: root of the database file, media store and generated key
 * @param samplePack {@code sample-pack}: directory with {@code manifest.json} and {@code audio/}
 * @param publicUrl  {@code public-url}: base URL put in stream URLs (no trailing slash kept)
 * @param streamTtl  {@code stream-ttl}: lifetime of a signed stream URL, 10s to 24h, as {@code 900s},
 *                   {@code 15m}, {@code 1h} or ISO-8601 {@code PT15M}; bound as text and parsed here
 *                   because the framework would silently fall back to the default on a bad value
 * @param keys       {@code keys}: signing keys, id to secret (at least 32 characters); empty means
 *                   "generate one under the data dir"
 * @param activeKey  {@code active-key}: id of the key new URLs are signed with; empty when
 *                   {@code keys} is empty
 */
@ConfigurationProperties("tonearm.control")
public record ControlProperties(
        @Bindable(defaultValue = "./.tonearm") Path dataDir,
        @Bindable(defaultValue = "samples") Path samplePack,
        @Bindable(defaultValue = "http://127.0.0.1:8080") String publicUrl,
        @Bindable(defaultValue = "15m") String streamTtl,
        @Nullable Map<String, String> keys,
        @Bindable(defaultValue = "") String activeKey) {

    public static final String PREFIX = "tonearm.control.";
    /** Key ids appear in URLs; keep them short and URL-safe. */
    public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    public static final int MIN_SECRET_LENGTH = 32;
    private static final Duration MIN_TTL = Duration.ofSeconds(10);
    private static final Duration MAX_TTL = Duration.ofHours(24);
    private static final Pattern SIMPLE_DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m|h|d)");

    public ControlProperties {
        require(dataDir != null && !dataDir.toString().isBlank(), "data-dir", "must not be empty");
        require(samplePack != null && !samplePack.toString().isBlank(), "sample-pack", "must not be empty");
        publicUrl = normalisePublicUrl(publicUrl);
        Duration ttl = parseDuration(streamTtl);
        require(ttl.compareTo(MIN_TTL) >= 0 && ttl.compareTo(MAX_TTL) <= 0, "stream-ttl", "must be between 10s and 24h");
        streamTtl = streamTtl.trim();
        keys = keys == null ? Map.of() : Map.copyOf(new TreeMap<>(keys));
        activeKey = activeKey == null ? "" : activeKey.trim();
        for (Map.Entry<String, String> key : keys.entrySet()) {
            require(KEY_ID.matcher(key.getKey()).matches(), "keys",
                    "ids must match " + KEY_ID.pattern());
            require(key.getValue() != null && key.getValue().length() >= MIN_SECRET_LENGTH,
                    "keys." + key.getKey(), "must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (keys.isEmpty()) {
            require(activeKey.isEmpty(), "active-key", "is set but tonearm.control.keys is empty");
        } else {
            require(keys.containsKey(activeKey), "active-key", "must name one of tonearm.control.keys");
        }
    }

    private static String normalisePublicUrl(String raw) {
        require(raw != null && !raw.isBlank(), "public-url", "must not be empty");
        URI uri;
        try {
            uri = URI.create(raw.trim());
        } catch (IllegalArgumentException e) {
            throw invalid("public-url", "is not a valid URL");
        }
        String scheme = uri.getScheme();
        require(("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null,
                "public-url", "must be an absolute http or https URL");
        require(uri.getRawQuery() == null && uri.getRawFragment() == null,
                "public-url", "must not carry a query or fragment");
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static Duration parseDuration(String raw) {
        Matcher m = raw == null ? null : SIMPLE_DURATION.matcher(raw.trim());
        if (m != null && m.matches()) {
            long amount = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms":
                    return Duration.ofMillis(amount);
                case "s":
                    return Duration.ofSeconds(amount);
                case "m":
                    return Duration.ofMinutes(amount);
                case "h":
                    return Duration.ofHours(amount);
                default:
                    return Duration.ofDays(amount);
            }
        }
        try {
            return Duration.parse(raw == null ? "" : raw.trim());
        } catch (DateTimeParseException e) {
            throw invalid("stream-ttl", "is not a duration (use e.g. 900s, 15m, 1h or PT15M)");
        }
    }

    private static void require(boolean condition, String key, String problem) {
        if (!condition) {
            throw invalid(key, problem);
        }
    }

    private static IllegalArgumentException invalid(String key, String problem) {
        return new IllegalArgumentException("Invalid configuration: " + PREFIX + key + " " + problem);
    }

    /** Lifetime of a signed stream URL. */
    public Duration streamTtlDuration() {
        return parseDuration(streamTtl);
    }

    /** Directory of the embedded database file and the generated signing key. */
    public Path controlDir() {
        return dataDir.resolve("control");
    }

    /** Root of the local audio file store. */
    public Path mediaDir() {
        return dataDir.resolve("media");
    }
}
