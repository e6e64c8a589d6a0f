package io.tonearm.hub.session;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import io.tonearm.hub.HubConfig;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Picks the session store from {@code tonearm.hub.session.store}. */
@Factory
class SessionStoreFactory {

    @Singleton
    @Bean(preDestroy = "close")
    SessionStore sessionStore(SessionConfig config, HubConfig hub, JsonMapper json) {
        if ("memory".equals(config.store())) {
            return new InMemorySessionStore();
        }
        try {
            Files.createDirectories(hub.dataPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create tonearm.hub.data-dir " + hub.dataPath(), e);
        }
        return new JdbcSessionStore(config.jdbcUrl(hub.dataPath()), config.user(), config.password(), json);
    }
}
