package io.tonearm.hub.device;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import io.tonearm.hub.HubConfig;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The registry, kept in {@code <data-dir>/devices.json}. */
@Factory
class DeviceRegistryFactory {

    static final String FILE_NAME = "devices.json";

    @Singleton
    @Bean(preDestroy = "close")
    DeviceRegistry deviceRegistry(Clock clock, HubConfig hub, JsonMapper json, List<DeviceReportListener> listeners) {
        return new DeviceRegistry(clock, Optional.of(new RegistryFile(hub.dataPath().resolve(FILE_NAME), json)),
                listeners);
    }
}
