package io.tonearm.sim;

import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.sink.NullSink;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.report.Latencies;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Benchmark (not a test): REST command → device ack latency on loopback, over CoAP and over MQTT.
 * One stack (real hub and control plane processes) and one simulated device per transport; each
 * sample is one {@code PUT /v1/me/player/volume}, which the hub answers only after the device's ack,
 * so it spans REST → hub → transport → agent → ack → hub → HTTP response.
 *
 * <p>Run from {@code simulators/} after {@code mvn -o install -DskipTests}:
 * {@code mvn -o -q test-compile && java -cp target/classes:target/test-classes:$(cat target/classpath.txt)
 * io.tonearm.sim.CommandLatencyBenchmark 300}
 */
public final class CommandLatencyBenchmark {

    private CommandLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path data = Files.createTempDirectory("tonearm-latency");
        try (Stack stack = Stack.start(Reference.HOME, data, Ports.ephemeral(), Optional.empty())) {
            HubApi hub = new HubApi(stack.hubUrl(), stack.demoToken());
            String track = new CatalogApi(stack.controlUrl()).tracks().get(0).uri();
            for (String via : List.of("CoAP", "MQTT")) {
                String hubUrl = via.equals("CoAP") ? stack.coapUrl() : stack.mqttUrl();
                try (SimulatedDevice d = SimulatedDevice.start(new SimulatedDevice.Spec("Bench " + via, DeviceType.CAR,
                        via.equals("CoAP") ? "constrained-coap" : "smart-speaker", 50, new NullSink(TimeSource.SYSTEM)),
                        stack.controlUrl(), hubUrl, TimeSource.SYSTEM)) {
                    Await.until(d.id() + " listed", Duration.ofSeconds(15),
                            () -> hub.devices().stream().anyMatch(x -> x.id().equals(d.id())));
                    require(hub.play(d.id(), List.of(track), 0).status());
                    Latencies latencies = new Latencies();
                    for (int i = 0; i < n + 30; i++) {
                        long t0 = System.nanoTime();
                        require(hub.send("PUT", "/v1/me/player/volume?volume_percent=" + (40 + i % 20), null).status());
                        double ms = (System.nanoTime() - t0) / 1e6;
                        if (i >= 30) {
                            latencies.add(ms);
                        }
                    }
                    require(hub.pause().status());
                    Latencies.Summary s = latencies.summary();
                    System.out.printf("%s: REST volume command -> device ack, n=%d, p50 %.2f ms, p99 %.2f ms%n", via,
                            s.n(), s.p50(), s.p99());
                }
            }
        }
    }

    private static void require(int status) {
        if (status != 204) {
            throw new IllegalStateException("expected 204, got " + status);
        }
    }
}
