package io.tonearm.agent.transport.mqtt;

import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * An embedded HiveMQ CE on 127.0.0.1 and a free port, with in-memory persistence. It can be
 * stopped and started again on the same port, which is how tests take the broker away.
 */
final class EmbeddedBroker implements AutoCloseable {

    private static final long START_TIMEOUT_S = 60;

    private final Path root;
    private final int port;
    private EmbeddedHiveMQ hivemq;

    EmbeddedBroker() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        root = Files.createTempDirectory("tonearm-hivemq");
        Path conf = Files.createDirectories(root.resolve("conf"));
        Files.createDirectories(root.resolve("data"));
        Files.createDirectories(root.resolve("extensions"));
        Files.writeString(conf.resolve("config.xml"), "<hivemq><listeners><tcp-listener><port>" + port
                + "</port><bind-address>127.0.0.1</bind-address></tcp-listener></listeners>"
                + "<persistence><mode>in-memory</mode></persistence>"
                + "<anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics></hivemq>");
    }

    String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** Starts a fresh broker (no sessions, no retained messages) on this broker's port. */
    void start() throws Exception {
        hivemq = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(root.resolve("conf"))
                .withDataFolder(root.resolve("data"))
                .withExtensionsFolder(root.resolve("extensions"))
                .withoutLoggingBootstrap()
                .build();
        hivemq.start().get(START_TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** Stops the broker; every client connection drops without a DISCONNECT. */
    void stop() throws Exception {
        if (hivemq != null) {
            try {
                hivemq.stop().get(START_TIMEOUT_S, TimeUnit.SECONDS);
                hivemq.close();
            } finally {
                hivemq = null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the broker", e);
        } catch (Exception e) {
            throw new IOException("could not stop the broker", e);
        }
    }
}
