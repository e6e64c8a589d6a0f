package io.tonearm.hub.broker;

import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HiveMQ CE running in this process, with its files under one folder: {@code conf/config.xml},
 * {@code data/} and an empty {@code extensions/}. Persistence is in memory (see the README): devices
 * republish their retained hello, presence and state on every connect, so nothing is lost that
 * matters. HiveMQ's own logging bootstrap is switched off so the hub's logback configuration stays.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);
    /** Largest MQTT packet the broker accepts; well above the contract's 64 KiB payload limit. */
    static final int MAX_PACKET_BYTES = 256 * 1024;

    private final EmbeddedHiveMQ hivemq;
    private final String bindAddress;
    private final int port;

    private EmbeddedBroker(EmbeddedHiveMQ hivemq, String bindAddress, int port) {
        this.hivemq = hivemq;
        this.bindAddress = bindAddress;
        this.port = port;
    }

    /** Writes the configuration, starts the broker and waits for it; fails with a clear message. */
    public static EmbeddedBroker start(Path root, String bindAddress, int port, Duration timeout) {
        Path conf = root.resolve("conf");
        Path data = root.resolve("data");
        Path extensions = root.resolve("extensions");
        try {
            Files.createDirectories(conf);
            Files.createDirectories(data);
            Files.createDirectories(extensions);
            Files.writeString(conf.resolve("config.xml"), configXml(bindAddress, port), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded broker's folder " + root, e);
        }
        EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(conf)
                .withDataFolder(data)
                .withExtensionsFolder(extensions)
                .withoutLoggingBootstrap()
                .build();
        try {
            // HiveMQ's start future may never complete when start fails: never wait without a bound.
            hivemq.start().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(hivemq);
            throw new IllegalStateException("interrupted while starting the embedded MQTT broker", e);
        } catch (ExecutionException | TimeoutException e) {
            closeQuietly(hivemq);
            throw new IllegalStateException("the embedded MQTT broker did not start on " + bindAddress + ":" + port
                    + " (is the port taken? set tonearm.hub.mqtt.port)", e);
        }
        log.info("Embedded MQTT broker listening on {}:{} (files in {})", bindAddress, port, root);
        return new EmbeddedBroker(hivemq, bindAddress, port);
    }

    /** The URI the hub's own client uses: loopback when the broker listens on every interface. */
    public String clientUri() {
        return clientUri(bindAddress, port);
    }

    static String clientUri(String bindAddress, int port) {
        String host = bindAddress;
        if ("0.0.0.0".equals(host) || "::".equals(host)) {
            host = "127.0.0.1";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "tcp://" + host + ":" + port;
    }

    @Override
    public void close() {
        try {
            hivemq.stop().get(10, TimeUnit.SECONDS);
            log.info("Embedded MQTT broker stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Embedded MQTT broker did not stop cleanly: {}", e.toString());
        } finally {
            closeQuietly(hivemq);
        }
    }

    static String configXml(String bindAddress, int port) {
        return "<?xml version=\"1.0\"?>\n"
                + "<hivemq>\n"
                + "  <listeners>\n"
                + "    <tcp-listener><port>" + port + "</port><bind-address>" + xml(bindAddress)
                + "</bind-address></tcp-listener>\n"
                + "  </listeners>\n"
                + "  <mqtt><packets><max-packet-size>" + MAX_PACKET_BYTES + "</max-packet-size></packets></mqtt>\n"
                + "  <persistence><mode>in-memory</mode></persistence>\n"
                + "  <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>\n"
                + "</hivemq>\n";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void closeQuietly(EmbeddedHiveMQ hivemq) {
        try {
            hivemq.close();
        } catch (Exception e) {
            log.debug("closing the embedded broker: {}", e.toString());
        }
    }
}
