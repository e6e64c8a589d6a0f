package io.tonearm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.sink.CapturingSink;
import io.tonearm.agent.sink.PacedSink;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.ServiceProcess;
import io.tonearm.sim.services.Stack;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub restarts while the real agent plays. The broker must outlive the hub, so the stack's own hub
 * (embedded broker) only hosts the broker and a second hub process, the one under test, uses it as an
 * external broker, as a scaled-out deployment does. The agent keeps playing through the restart and
 * the new hub process rebuilds the session from the agent's retained hello and state.
 */
class HubRestartWithAgentIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final int BYTES_PER_SECOND = 44100 * 4;

    @TempDir
    Path data;

    /** A hub that only hosts the embedded broker on {@code mqttPort} (it is what a broker restart restarts). */
    private static ServiceProcess brokerHost(Path dataDir, int httpPort, int mqttPort, URI control) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("micronaut.server.port", String.valueOf(httpPort));
        p.put("tonearm.hub.data-dir", dataDir.toString());
        p.put("tonearm.hub.control-url", control.toString());
        p.put("tonearm.hub.mqtt.mode", "embedded");
        p.put("tonearm.hub.coap.port", "0"); // two hubs run here: neither may take the default CoAP port
        p.put("tonearm.hub.mqtt.port", String.valueOf(mqttPort));
        p.put("tonearm.hub.mqtt.bind-address", "127.0.0.1");
        p.put("tonearm.hub.session.store", "memory");
        ServiceProcess hub = ServiceProcess.start("connect-hub", Reference.HOME.resolve("connect-hub"),
                "io.tonearm.hub.Application", p, dataDir.resolve("broker-host.log"));
        hub.awaitHealthy(URI.create("http://127.0.0.1:" + httpPort + "/health"), Duration.ofSeconds(60));
        return hub;
    }

    private static ServiceProcess hub(Path dataDir, int httpPort, String mqttUrl, URI control) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("micronaut.server.port", String.valueOf(httpPort));
        p.put("tonearm.hub.data-dir", dataDir.toString());
        p.put("tonearm.hub.control-url", control.toString());
        p.put("tonearm.hub.demo-user", "true");
        p.put("tonearm.hub.mqtt.mode", "external");
        p.put("tonearm.hub.coap.port", "0");
        p.put("tonearm.hub.mqtt.url", mqttUrl);
        p.put("tonearm.hub.session.store", "memory");
        ServiceProcess hub = ServiceProcess.start("connect-hub", Reference.HOME.resolve("connect-hub"),
                "io.tonearm.hub.Application", p, dataDir.resolve("connect-hub.log"));
        hub.awaitHealthy(URI.create("http://127.0.0.1:" + httpPort + "/health"), Duration.ofSeconds(60));
        return hub;
    }

    @Test
    void the_agent_keeps_playing_while_the_hub_restarts_and_the_new_hub_rebuilds_the_session() throws Exception {
        CapturingSink sink = new CapturingSink(TimeSource.SYSTEM);
        Path hubData = data.resolve("hub");
        Files.createDirectories(hubData);
        int http = Ports.ephemeral().hubHttp();
        try (Stack stack = Stack.start(Reference.HOME, data.resolve("stack"), Ports.ephemeral(), Optional.empty());
             SimulatedDevice device = SimulatedDevice.start(new SimulatedDevice.Spec("Kitchen", DeviceType.SPEAKER,
                     "smart-speaker", 100, new PacedSink(sink, TimeSource.SYSTEM)), stack.controlUrl(), stack.mqttUrl(),
                     TimeSource.SYSTEM)) {
            // Every track (about three minutes), so playback outlasts a slow restart on a loaded machine.
            List<String> all = new CatalogApi(stack.controlUrl()).tracks().stream().map(CatalogApi.Track::uri)
                    .collect(Collectors.toList());
            ServiceProcess first = hub(hubData, http, stack.mqttUrl(), stack.controlUrl());
            HubApi api = new HubApi(URI.create("http://127.0.0.1:" + http), Files.readString(hubData.resolve("demo-token")).trim());
            try {
                Await.until("the agent is listed", WAIT, () -> api.devices().stream().anyMatch(d -> d.id().equals(device.id())));
                assertThat(api.play(device.id(), all, 0).status()).isEqualTo(204);
                Await.until("a second of audio", WAIT, () -> sink.bytesCaptured() >= BYTES_PER_SECOND);
            } finally {
                first.close();
            }
            long atStop = sink.bytesCaptured();
            Await.until("the agent plays on without a hub", WAIT, () -> sink.bytesCaptured() >= atStop + BYTES_PER_SECOND);

            ServiceProcess second = hub(hubData, http, stack.mqttUrl(), stack.controlUrl());
            try {
                Await.until("the new hub rebuilt the session from retained state", WAIT, () -> api.player()
                        .map(p -> p.path("is_playing").asBoolean() && p.path("device").path("id").asText().equals(device.id()))
                        .orElse(false));
                JsonNode player = api.player().orElseThrow();
                assertThat(all).contains(player.path("item").path("uri").asText());
                assertThat(api.pause().status()).as("the rebuilt session has its active device").isEqualTo(204);
                Thread.sleep(300);
                long paused = sink.bytesCaptured();
                Thread.sleep(700);
                assertThat(sink.bytesCaptured()).isEqualTo(paused);
            } finally {
                second.close();
            }
        }
    }

    @Test
    void after_a_broker_restart_the_agent_and_the_hub_reconnect_and_the_session_carries_on() throws Exception {
        CapturingSink sink = new CapturingSink(TimeSource.SYSTEM);
        Path hubData = data.resolve("hub");
        Path brokerData = data.resolve("broker");
        Files.createDirectories(hubData);
        Files.createDirectories(brokerData);
        Ports ports = Ports.ephemeral();
        String mqtt = "tcp://127.0.0.1:" + ports.mqtt();
        int http = Ports.ephemeral().hubHttp();
        try (Stack stack = Stack.start(Reference.HOME, data.resolve("stack"), Ports.ephemeral(), Optional.empty())) {
            ServiceProcess broker = brokerHost(brokerData, ports.hubHttp(), ports.mqtt(), stack.controlUrl());
            ServiceProcess hub = hub(hubData, http, mqtt, stack.controlUrl());
            HubApi api = new HubApi(URI.create("http://127.0.0.1:" + http), Files.readString(hubData.resolve("demo-token")).trim());
            try (SimulatedDevice device = SimulatedDevice.start(new SimulatedDevice.Spec("Kitchen", DeviceType.SPEAKER,
                    "smart-speaker", 100, new PacedSink(sink, TimeSource.SYSTEM)), stack.controlUrl(), mqtt, TimeSource.SYSTEM)) {
                List<String> all = new CatalogApi(stack.controlUrl()).tracks().stream().map(CatalogApi.Track::uri)
                        .collect(Collectors.toList());
                Await.until("the agent is listed", WAIT, () -> api.devices().stream().anyMatch(d -> d.id().equals(device.id())));
                assertThat(api.play(device.id(), all, 0).status()).isEqualTo(204);
                Await.until("a second of audio", WAIT, () -> sink.bytesCaptured() >= BYTES_PER_SECOND);

                broker.close();
                long atStop = sink.bytesCaptured();
                Await.until("the agent plays on without a broker", WAIT,
                        () -> sink.bytesCaptured() >= atStop + BYTES_PER_SECOND);
                broker = brokerHost(brokerData, ports.hubHttp(), ports.mqtt(), stack.controlUrl());

                Await.until("agent and hub reconnected: a pause reaches the agent", Duration.ofSeconds(90),
                        () -> api.pause().status() == 204);
                Thread.sleep(300);
                long paused = sink.bytesCaptured();
                Thread.sleep(700);
                assertThat(sink.bytesCaptured()).isEqualTo(paused);
                assertThat(api.resume().status()).isEqualTo(204);
                Await.until("it resumes", WAIT, () -> sink.bytesCaptured() >= paused + BYTES_PER_SECOND / 2);
            } finally {
                hub.close();
                broker.close();
            }
        }
    }
}
