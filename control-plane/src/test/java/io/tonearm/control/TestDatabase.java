package io.tonearm.control;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which database the integration tests run against. By default each test's control plane has its
 * own embedded H2 file. With {@code -Dtonearm.it.postgres=jdbc:postgresql://host:port/db} (and
 * optionally {@code tonearm.it.postgres.user} / {@code .password}) every control plane gets its own
 * schema of that PostgreSQL database instead (one per data directory, created by Flyway), so the same
 * tests run there.
 */
public final class TestDatabase {

    public static final String PROPERTY = "tonearm.it.postgres";

    private TestDatabase() {
    }

    public static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getProperty(PROPERTY)).filter(url -> !url.isBlank());
    }

    /** Adds the datasource settings for PostgreSQL when it is configured; leaves H2 alone otherwise. */
    public static void configure(Map<String, Object> properties) {
        Optional<String> url = postgresUrl();
        if (url.isEmpty()) {
            return;
        }
        // One schema per data directory, so a restart over the same data dir finds its catalog again.
        String schema = "it_" + UUID.nameUUIDFromBytes(String.valueOf(properties.get("tonearm.control.data-dir"))
                .getBytes(StandardCharsets.UTF_8)).toString().replace("-", "").substring(0, 16);
        String base = url.get();
        properties.put("datasources.default.url", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("datasources.default.dialect", "POSTGRES");
        properties.put("datasources.default.username", System.getProperty(PROPERTY + ".user", "tonearm"));
        properties.put("datasources.default.password", System.getProperty(PROPERTY + ".password", "tonearm"));
        properties.put("flyway.datasources.default.schemas", schema);
        // Tests that expect a failed start leave their pool behind; keep each pool small.
        properties.put("datasources.default.maximum-pool-size", 4);
        properties.put("datasources.default.minimum-idle", 1);
    }
}
