package io.tonearm.sim.demo;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.NullSink;
import io.tonearm.agent.sink.SinkException;
import io.tonearm.agent.sink.javasound.JavaSoundSink;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.report.Latencies;
import io.tonearm.sim.report.Report;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code tonearm demo}: the whole stack on one machine with three simulated devices — a speaker, a
 * car and a TV — playing the sample catalog through the hub's API the way a phone app would, and
 * saying what happens. Each play is timed from the request to the first sample at the device.
 */
public final class Demo {
    private final DemoOptions options;
    private final Path home;
    private final Narrator say = new Narrator(System.out);
    private final Latencies ttfa = new Latencies();
    private int pauses;

    Demo(DemoOptions options, Path home) {
        this.options = options;
        this.home = home;
    }

    /** Runs the demo; returns the process exit code. */
    private HandoffMeter handoffs;
    private int underruns;

    int run() throws Exception {
        Path dataDir = DemoFiles.freshDataDir(home);
        Ports ports = Ports.DEFAULTS.orFree();
        say.say("Starting the control plane on :%d and the connect hub on :%d (MQTT broker on :%d); data in %s",
                ports.control(), ports.hubHttp(), ports.mqtt(), dataDir);
        try (Stack stack = Stack.start(home, dataDir, ports, Optional.empty())) {
            say.say("Both services are up. Service logs: %s", dataDir.resolve("logs"));
            HubApi hub = new HubApi(stack.hubUrl(), stack.demoToken());
            List<CatalogApi.Track> tracks = new CatalogApi(stack.controlUrl()).tracks();
            say.say("The catalog holds %d tracks by %d artists", tracks.size(),
                    tracks.stream().map(CatalogApi.Track::artist).distinct().count());
            List<SimulatedDevice> devices = startDevices(stack);
            try {
                awaitListed(hub, devices.size());
                for (HubApi.Device d : hub.devices()) {
                    say.say("  %-16s %-10s volume %s", d.name(), d.type(), d.volumePercent().map(v -> v + "%").orElse("unknown"));
                }
                DemoScript script = new DemoScript(say, hub, tracks, devices, ttfa, options.durationSeconds());
                script.play();
                pauses = script.pauses();
                handoffs = script.handoffs();
                underruns = devices.stream().mapToInt(d -> d.state().underruns()).sum();
            } finally {
                devices.forEach(SimulatedDevice::close);
            }
        }
        Latencies.Summary s = ttfa.summary();
        say.say("Done: %d plays, time to first audio p50 %.1f ms, p99 %.1f ms", s.n(), s.p50(), s.p99());
        if (handoffs != null) {
            Latencies.Summary g = handoffs.gaps.summary();
            Latencies.Summary e = handoffs.positionErrors.summary();
            say.say("%d handoffs: audible gap p50 %.1f ms, p99 %.1f ms; position error p50 %.1f ms, p99 %.1f ms",
                    g.n(), g.p50(), g.p99(), e.p50(), e.p99());
        }
        if (options.report().isPresent()) {
            Report report = Report.standard().latency("ttfa_ms", ttfa).count("underruns", underruns);
            if (handoffs != null) {
                report.latency("handoff_gap_ms", handoffs.gaps)
                        .latency("handoff_position_error_ms", handoffs.positionErrors)
                        .latency("handoff_request_to_sound_ms", handoffs.requestToSound);
            }
            report.count("devices", 3).count("plays", s.n()).count("pauses", pauses)
                    .write(options.report().get());
            say.say("Report written to %s", options.report().get());
        }
        return 0;
    }

    private List<SimulatedDevice> startDevices(Stack stack) throws Exception {
        List<SimulatedDevice> devices = new ArrayList<>();
        devices.add(device(stack, new SimulatedDevice.Spec("Kitchen Speaker", DeviceType.SPEAKER, "smart-speaker", 70,
                speakerOutput()), false));
        devices.add(device(stack, new SimulatedDevice.Spec("Family Car", DeviceType.CAR, "car-headunit", 45,
                new NullSink(TimeSource.SYSTEM)), false));
        // The TV speaks CoAP, so every turn hands playback across both transports.
        devices.add(device(stack, new SimulatedDevice.Spec("Living Room TV", DeviceType.TV, "smart-tv", 30,
                new NullSink(TimeSource.SYSTEM)), true));
        return devices;
    }

    private SimulatedDevice device(Stack stack, SimulatedDevice.Spec spec, boolean coap) throws Exception {
        SimulatedDevice d = SimulatedDevice.start(spec, stack.controlUrl(), coap ? stack.coapUrl() : stack.mqttUrl(),
                TimeSource.SYSTEM);
        say.say("%s connected to the hub over %s as \"%s\"", spec.name(), coap ? "CoAP" : "MQTT", d.id());
        return d;
    }

    /** The speaker plays out loud unless headless or there is no sound card. */
    private AudioSink speakerOutput() {
        if (options.headless()) {
            return new NullSink(TimeSource.SYSTEM);
        }
        JavaSoundSink sink = new JavaSoundSink(Optional.empty(), 200);
        try {
            sink.open(new PcmFormat(44100, 2));
            say.say("The Kitchen Speaker plays through this machine's sound card");
            return sink;
        } catch (SinkException e) {
            say.say("No sound card here (%s); the Kitchen Speaker plays silently", e.getMessage());
            return new NullSink(TimeSource.SYSTEM);
        }
    }

    private void awaitListed(HubApi hub, int count) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (hub.devices().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the hub lists " + hub.devices().size() + " of " + count + " devices after 15 s");
            }
            Thread.sleep(50);
        }
        say.say("The hub lists all %d devices (GET /v1/me/player/devices):", count);
    }
}
