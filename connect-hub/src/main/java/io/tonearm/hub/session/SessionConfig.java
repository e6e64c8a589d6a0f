package io.tonearm.hub.session;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * Settings under {@code tonearm.hub.session}. A bad value fails the start with the key's name.
 *
 * @param store    {@code jdbc} (default): an SQL table several hubs can share; {@code memory}: this hub only
 * @param jdbcUrl  the database; unset means the H2 file {@code <data-dir>/sessions}, open in this hub only.
 *                 Hubs sharing sessions use PostgreSQL ({@code jdbc:postgresql://host/db}), or on one
 *                 machine the H2 file with {@code ;AUTO_SERVER=TRUE} (H2 then opens a TCP port for the
 *                 other processes, so it is not the default)
 * @param user     database user (H2's default {@code sa})
 * @param password database password
 */
@ConfigurationProperties("tonearm.hub.session")
public record SessionConfig(
        @Bindable(defaultValue = "jdbc") String store,
        @Nullable String jdbcUrl,
        @Bindable(defaultValue = "sa") String user,
        @Bindable(defaultValue = "") String password) {

    public SessionConfig {
        if (!"jdbc".equals(store) && !"memory".equals(store)) {
            throw new IllegalArgumentException("tonearm.hub.session.store must be jdbc or memory: " + store);
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("tonearm.hub.session.jdbc-url must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        password = password == null ? "" : password;
        user = user == null ? "" : user;
    }

    /** The configured URL, or the H2 file in the data directory. */
    public String jdbcUrl(Path dataDir) {
        return jdbcUrl != null ? jdbcUrl
                : "jdbc:h2:file:" + dataDir.resolve("sessions").toAbsolutePath();
    }
}
