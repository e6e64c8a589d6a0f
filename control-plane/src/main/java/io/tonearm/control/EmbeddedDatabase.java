package io.tonearm.control;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points the default datasource at an embedded H2 file under {@code <data-dir>/control/} unless
 * {@code datasources.default.url} is configured (for example to PostgreSQL), so the database
 * follows {@code tonearm.control.data-dir} wherever it is. {@code datasources.default.dialect} must be
 * {@code H2} (default) or {@code POSTGRES}, the dialects the repositories are compiled for; POSTGRES
 * needs a configured URL.
 */
@Singleton
public class EmbeddedDatabase implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final ControlProperties properties;
    private final Environment environment;

    public EmbeddedDatabase(ControlProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String dialect = environment.getProperty("datasources.default.dialect", String.class).orElse("H2").trim();
        if ("default".equals(config.getName()) && !dialect.equals("H2") && !dialect.equals("POSTGRES")) {
            // The repositories are compiled for these two dialects only (CatalogRepositories).
            throw new IllegalArgumentException("Invalid configuration: datasources.default.dialect must be H2 or POSTGRES");
        }
        // The configuration has already filled in a calculated in-memory URL; ask the environment instead.
        boolean configured = environment.getProperty("datasources.default.url", String.class)
                .filter(url -> !url.isBlank()).isPresent();
        if ("default".equals(config.getName()) && !configured && dialect.equals("POSTGRES")) {
            throw new IllegalArgumentException("Invalid configuration: datasources.default.url is required when"
                    + " datasources.default.dialect is POSTGRES");
        }
        if ("default".equals(config.getName()) && !configured) {
            String file = properties.controlDir().resolve("catalog").toAbsolutePath().normalize().toString();
            config.setUrl("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
            config.setDriverClassName("org.h2.Driver");
            LOG.info("Catalog database: embedded H2 at {}.mv.db", file);
        }
        return config;
    }
}
