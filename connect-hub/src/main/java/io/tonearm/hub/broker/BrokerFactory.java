package io.tonearm.hub.broker;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.tonearm.hub.HubConfig;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses the broker: starts the embedded one or points at the external one. */
@Factory
public class BrokerFactory {

    private static final Logger log = LoggerFactory.getLogger(BrokerFactory.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    @Singleton
    @Bean(preDestroy = "close")
    public BrokerEndpoint brokerEndpoint(BrokerConfig broker, HubConfig hub) {
        if (!broker.embedded()) {
            String url = broker.externalUrl().orElseThrow();
            log.info("Using the external MQTT broker at {}", url);
            return BrokerEndpoint.external(url);
        }
        EmbeddedBroker embedded = EmbeddedBroker.start(hub.dataPath().resolve("broker"), broker.bindAddress(),
                broker.port(), broker.maxQueuedMessages(), START_TIMEOUT);
        return BrokerEndpoint.embedded(embedded);
    }
}
