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
 * follows {@code tonearm.control.data-dir} wherever it is.
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
        // The configuration has already filled in a calculated in-memory URL; ask the environment instead.
        boolean configured = environment.getProperty("datasources.default.url", String.class)
                .filter(url -> !url.isBlank()).isPresent();
        if ("default".equals(config.getName()) && !configured) {
            String file = properties.controlDir().resolve("catalog").toAbsolutePath().normalize().toString();
            config.setUrl("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
            config.setDriverClassName("org.h2.Driver");
            LOG.info("Catalog database: embedded H2 at {}.mv.db", file);
        }
        return config;
    }
}
