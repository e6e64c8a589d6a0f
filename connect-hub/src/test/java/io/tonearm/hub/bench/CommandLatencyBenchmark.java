package io.tonearm.hub.bench;

import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.DeviceType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command latency from the REST call to the device's acknowledgement, on loopback: a real hub (embedded
 * broker, each session store) and a scripted device that acks at once. Each sample is one
 * {@code PUT /v1/me/player/volume} answered 204 (the hub's answer waits for the ack). Goal: p99 ≤ 20 ms.
 * A measurement, not a test: its name keeps it out of {@code mvn verify}. Run it with
 * {@code mvn -B -o -pl connect-hub test -Dtest=CommandLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * figures go to {@code connect-hub/target/benchmarks/command-latency.txt}.
 */
class CommandLatencyBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CommandLatencyBenchmark.class);
    static final int WARM_UP = 300;
    static final int SAMPLES = 1000;

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder();
        for (String store : new String[] {"memory", "jdbc"}) {
            report.append(run(store)).append('\n');
        }
        Path out = Path.of("target", "benchmarks", "command-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        log.warn("\n{}", report);
    }

    static String run(String store) throws Exception {
        Path dir = Files.createTempDirectory("hub-bench");
        try (HubUnderTest hub = HubUnderTest.embedded(dir, Map.of("tonearm.hub.session.store", store,
                "logger.levels.io.tonearm", "WARN"));
             ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), "bench", "Bench", DeviceType.DEVICE_TYPE_SPEAKER)) {
            String token = hub.token();
            Eventually.await("bench is listed", () -> hub.get("/v1/me/player/devices", token).body().contains("bench"));
            d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
            for (int i = 0; i < WARM_UP; i++) {
                call(hub, token, i);
            }
            long[] micros = new long[SAMPLES];
            long[] floor = new long[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                long start = System.nanoTime();
                call(hub, token, i);
                micros[i] = (System.nanoTime() - start) / 1000;
                // The HTTP floor on this machine right now: a call that involves no device.
                start = System.nanoTime();
                hub.get("/health", null);
                floor[i] = (System.nanoTime() - start) / 1000;
            }
            return "store=" + store + " command→ack " + percentiles(micros) + " | GET /health " + percentiles(floor);
        }
    }

    private static String percentiles(long[] micros) {
        long[] m = micros.clone();
        Arrays.sort(m);
        return String.format("n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms", m.length, m[m.length / 2] / 1000.0,
                m[m.length * 9 / 10] / 1000.0, m[m.length * 99 / 100] / 1000.0, m[m.length - 1] / 1000.0);
    }

    private static void call(HubUnderTest hub, String token, int i) throws IOException {
        int status = hub.put("/v1/me/player/volume?device_id=bench&volume_percent=" + (i % 101), null, token).status();
        if (status != 204) {
            throw new IOException("volume answered " + status);
        }
    }

    public static void main(String[] args) throws Exception {
        new CommandLatencyBenchmark().measure();
    }
}
