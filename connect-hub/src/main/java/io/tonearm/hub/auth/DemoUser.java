package io.tonearm.hub.auth;

import io.micronaut.context.annotation.Context;
import io.tonearm.auth.AccessTokens;
import io.tonearm.auth.UserId;
import io.tonearm.hub.HubConfig;
import io.tonearm.hub.broker.BrokerConfig;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the user {@code demo} and its token file {@code <data-dir>/demo-token} (an access token
 * for {@code demo}, valid on the control plane too) at start, when
 * {@code tonearm.hub.demo-user} is true (by default: in embedded mode). The token is never logged.
 */
@Context
public class DemoUser {

    public static final String NAME = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoUser.class);

    private final AccessTokens tokens;
    private final Clock clock;
    private final HubConfig hub;
    private final boolean enabled;

    public DemoUser(AccessTokens tokens, Clock clock, HubConfig hub, BrokerConfig broker) {
        this.tokens = tokens;
        this.clock = clock;
        this.hub = hub;
        this.enabled = hub.demoUserSetting().orElse(broker.embedded());
    }

    @PostConstruct
    void create() {
        if (!enabled) {
            return;
        }
        DemoTokenFile file = new DemoTokenFile(hub.dataPath().resolve("demo-token"), tokens, clock);
        try {
            file.readOrCreate(new UserId(NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo token file " + file.path(), e);
        }
        log.info("User '{}' ready; its bearer token is in {}", NAME, file.path());
    }
}
