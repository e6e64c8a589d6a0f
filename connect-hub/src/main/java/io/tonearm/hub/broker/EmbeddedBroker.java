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
    /**
     * QoS 1 publishes a client may have unacknowledged towards the broker (MQTT 5 Receive Maximum,
     * section 3.2.2.3.3; HiveMQ's default is 10). Paho takes it as its in-flight limit, so the hub's
     * commands at 1,000 a second would fail with "too many publishes in progress" at 10.
     */
    static final int SERVER_RECEIVE_MAXIMUM = 1_000;

    private final EmbeddedHiveMQ hivemq;
    private final String bindAddress;
    private final int port;
    private final DroppedMessagesWatch watch;

    private EmbeddedBroker(EmbeddedHiveMQ hivemq, String bindAddress, int port, DroppedMessagesWatch watch) {
        this.hivemq = hivemq;
        this.bindAddress = bindAddress;
        this.port = port;
        this.watch = watch;
    }

    /**
     * Writes the configuration, starts the broker and waits for it; fails with a clear message.
     * {@code maxQueuedMessages} is the per-client queue limit ({@link BrokerConfig#maxQueuedMessages}).
     */
    public static EmbeddedBroker start(Path root, String bindAddress, int port, long maxQueuedMessages,
            Duration timeout) {
        Path conf = root.resolve("conf");
        Path data = root.resolve("data");
        Path extensions = root.resolve("extensions");
        try {
            Files.createDirectories(conf);
            Files.createDirectories(data);
            Files.createDirectories(extensions);
            Files.writeString(conf.resolve("config.xml"), configXml(bindAddress, port, maxQueuedMessages), StandardCharsets.UTF_8);
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
        log.info("Embedded MQTT broker listening on {}:{} (files in {}; up to {} queued messages a client)",
                bindAddress, port, root, maxQueuedMessages);
        DroppedMessagesWatch watch = new DroppedMessagesWatch(
                hivemq.getMetricRegistry().counter(DroppedMessagesWatch.METRIC)::getCount, maxQueuedMessages);
        watch.start();
        return new EmbeddedBroker(hivemq, bindAddress, port, watch);
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

    /** Messages the broker dropped since it started (HiveMQ's {@value DroppedMessagesWatch#METRIC}). */
    public long droppedMessages() {
        return watch.total();
    }

    @Override
    public void close() {
        watch.close();
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

    static String configXml(String bindAddress, int port, long maxQueuedMessages) {
        return "<?xml version=\"1.0\"?>\n"
                + "<hivemq>\n"
                + "  <listeners>\n"
                + "    <tcp-listener><port>" + port + "</port><bind-address>" + xml(bindAddress)
                + "</bind-address></tcp-listener>\n"
                + "  </listeners>\n"
                + "  <mqtt>\n"
                + "    <packets><max-packet-size>" + MAX_PACKET_BYTES + "</max-packet-size></packets>\n"
                + "    <queued-messages><max-queue-size>" + maxQueuedMessages + "</max-queue-size>"
                + "<strategy>discard</strategy></queued-messages>\n"
                + "    <receive-maximum><server-receive-maximum>" + SERVER_RECEIVE_MAXIMUM
                + "</server-receive-maximum></receive-maximum>\n"
                + "  </mqtt>\n"
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
