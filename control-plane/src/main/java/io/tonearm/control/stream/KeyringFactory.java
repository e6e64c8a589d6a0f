package io.tonearm.control.stream;

import io.micronaut.context.annotation.Factory;
import io.tonearm.control.ControlProperties;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the keyring from {@code tonearm.control.keys}, or from the generated key under the data dir. */
@Factory
public class KeyringFactory {

    static final String KEY_FILE = "signing-key.properties";
    private static final Logger LOG = LoggerFactory.getLogger(KeyringFactory.class);

    @Singleton
    Keyring keyring(ControlProperties properties) {
        if (properties.keys().isEmpty()) {
            SigningKey key = LocalKeyFile.loadOrCreate(properties.controlDir().resolve(KEY_FILE), new SecureRandom());
            LOG.info("Signing stream URLs with generated key {} ({})", key.id(),
                    properties.controlDir().resolve(KEY_FILE));
            return Keyring.of(key);
        }
        Map<String, SigningKey> keys = new LinkedHashMap<>();
        properties.keys().forEach((id, secret) -> keys.put(id, new SigningKey(id, secret.getBytes(StandardCharsets.UTF_8))));
        LOG.info("Signing stream URLs with configured key {} ({} keys accepted)", properties.activeKey(), keys.size());
        return new Keyring(keys, properties.activeKey());
    }
}
