package io.tonearm.sim.services;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The control plane and the hub (with its embedded broker, or pointed at an external one) running
 * as child processes on one machine, sharing a data directory.
 */
public final class Stack implements AutoCloseable {
    private final ServiceProcess control;
    private volatile ServiceProcess hub;
    private final Path hubModule;
    private final Map<String, String> hubProperties;
    private final Ports ports;
    private final Path dataDir;
    private final String mqttUrl;

    private Stack(ServiceProcess control, ServiceProcess hub, Path hubModule, Map<String, String> hubProperties, Ports ports,
                  Path dataDir, String mqttUrl) {
        this.control = control;
        this.hub = hub;
        this.hubModule = hubModule;
        this.hubProperties = Map.copyOf(hubProperties);
        this.ports = ports;
        this.dataDir = dataDir;
        this.mqttUrl = mqttUrl;
    }

    /**
     * Starts both services from the repository at {@code home}.
     *
     * @param externalBroker an MQTT URL for the hub to use instead of starting its embedded broker
     */
    public static Stack start(Path home, Path dataDir, Ports ports, Optional<String> externalBroker) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Path logs = dataDir.resolve("logs");
        Map<String, String> cp = new LinkedHashMap<>();
        cp.put("micronaut.server.port", String.valueOf(ports.control()));
        cp.put("tonearm.control.data-dir", dataDir.toString());
        cp.put("tonearm.control.sample-pack", home.resolve("samples").toString());
        cp.put("tonearm.control.public-url", "http://127.0.0.1:" + ports.control());
        ServiceProcess control = ServiceProcess.start("control-plane", home.resolve("control-plane"),
                "io.tonearm.control.Application", cp, logs.resolve("control-plane.log"));
        ServiceProcess hub = null;
        Map<String, String> hp = new LinkedHashMap<>();
        try {
            hp.put("micronaut.server.port", String.valueOf(ports.hubHttp()));
            hp.put("tonearm.hub.data-dir", dataDir.toString());
            hp.put("tonearm.hub.control-url", "http://127.0.0.1:" + ports.control());
            hp.put("tonearm.hub.demo-user", "true");
            hp.put("tonearm.hub.coap.port", String.valueOf(ports.coap()));
            if (externalBroker.isPresent()) {
                hp.put("tonearm.hub.mqtt.mode", "external");
                hp.put("tonearm.hub.mqtt.url", externalBroker.get());
            } else {
                hp.put("tonearm.hub.mqtt.mode", "embedded");
                hp.put("tonearm.hub.mqtt.port", String.valueOf(ports.mqtt()));
            }
            hub = ServiceProcess.start("connect-hub", home.resolve("connect-hub"), "io.tonearm.hub.Application", hp,
                    logs.resolve("connect-hub.log"));
            control.awaitHealthy(URI.create("http://127.0.0.1:" + ports.control() + "/health"), Duration.ofSeconds(60));
            hub.awaitHealthy(URI.create("http://127.0.0.1:" + ports.hubHttp() + "/health"), Duration.ofSeconds(60));
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (hub != null) {
                hub.close();
            }
            control.close();
            throw e;
        }
        return new Stack(control, hub, home.resolve("connect-hub"), hp, ports, dataDir, externalBroker.orElse("tcp://127.0.0.1:" + ports.mqtt()));
    }

    public URI controlUrl() {
        return URI.create("http://127.0.0.1:" + ports.control());
    }

    public URI hubUrl() {
        return URI.create("http://127.0.0.1:" + ports.hubHttp());
    }

    public String mqttUrl() {
        return mqttUrl;
    }

    /** The hub's CoAP endpoint, for devices on the CoAP transport. */
    public String coapUrl() {
        return "coap://127.0.0.1:" + ports.coap();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The demo user's bearer token, which the hub writes on start. */
    public String demoToken() throws IOException {
        return Files.readString(dataDir.resolve("demo-token")).trim();
    }

    public ServiceProcess hub() {
        return hub;
    }

    /**
     * Stops the hub as Ctrl-C would and starts it again on the same ports and data directory; with the
     * embedded broker this restarts the broker too. Returns once the new hub answers /health.
     */
    public synchronized void restartHub() throws IOException, InterruptedException {
        hub.close();
        hub = ServiceProcess.start("connect-hub", hubModule, "io.tonearm.hub.Application", hubProperties,
                dataDir.resolve("logs").resolve("connect-hub.log"));
        hub.awaitHealthy(URI.create("http://127.0.0.1:" + ports.hubHttp() + "/health"), Duration.ofSeconds(60));
    }

    public ServiceProcess control() {
        return control;
    }

    @Override
    public void close() {
        hub.close();
        control.close();
    }
}
