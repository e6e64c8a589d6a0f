package io.tonearm.sim.fleet;

import com.hivemq.client.mqtt.MqttClient;
import io.tonearm.agent.session.DeviceCommand;
import io.tonearm.auth.AccessTokens;
import io.tonearm.auth.TokenKeyFile;
import io.tonearm.auth.UserId;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.stream.Quality;
import io.tonearm.sim.report.Latencies;
import io.tonearm.sim.report.Report;
import io.tonearm.sim.services.Stack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fleet against a running hub: N {@link FleetDevice}s connect over MQTT (connect rate: until the
 * hub lists them all), then simulated phones
 * send volume commands to random devices through the hub's REST API at a fixed rate, each signed in
 * as the user the device belongs to ({@link FleetOptions#users()}; one user: the hub's demo token). Reports the
 * connect rate, command latency (phone request to the device applying the command), the hub's
 * CPU and memory, errors, and commands executed twice (must be 0). Blocking; call from one thread.
 */
public final class Fleet implements FleetDevice.Listener {
    private static final int CONNECTS_IN_FLIGHT = 100;
    private final Stack stack;
    private final FleetOptions options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    /** Devices with a phone's request in flight (until its HTTP answer). */
    private final java.util.Set<String> busy = ConcurrentHashMap.newKeySet();
    private final Latencies latency = new Latencies();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger executedTwice = new AtomicInteger();
    private long lastRegistrationNanos;
    private final List<String> errorSamples = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Fleet(Stack stack, FleetOptions options) {
        this.stack = stack;
        this.options = options;
    }

    public Report run() throws Exception {
        URI mqtt = URI.create(stack.mqttUrl());
        String token = stack.demoToken();
        List<String> phones = phoneTokens(token);
        List<FleetDevice> devices = new ArrayList<>();
        for (int i = 0; i < options.devices(); i++) {
            String id = String.format("fleet-%05d", i);
            devices.add(new FleetDevice(new DeviceIdentity(id, "Fleet " + i, DeviceType.SPEAKER, "smart-speaker", true,
                    Quality.KBPS_320, "0.1.0-fleet"),
                    MqttClient.builder().useMqttVersion5().identifier(id).serverHost(mqtt.getHost()).serverPort(mqtt.getPort()).buildAsync(),
                    this));
        }
        ProcessGauge gauge = ProcessGauge.linux();
        long hubPid = stack.hub().pid();
        long t0 = System.nanoTime();
        int connected = connectAll(devices);
        int registered = awaitRegistered(new io.tonearm.sim.hubapi.HubApi(stack.hubUrl(), token), connected);
        double connectSeconds = (lastRegistrationNanos - t0) / 1e9;
        ProcessGauge.Sample before = gauge.sample(hubPid).orElse(new ProcessGauge.Sample(0, 0));
        long c0 = System.nanoTime();
        int sent = commands(devices, phones);
        double commandSeconds = (System.nanoTime() - c0) / 1e9;
        ProcessGauge.Sample after = gauge.sample(hubPid).orElse(before);
        Thread.sleep(1000); // let the last commands land
        int lost = pending.size();
        for (FleetDevice d : devices) {
            d.disconnect();
        }
        int duplicates = devices.stream().mapToInt(FleetDevice::duplicatesRefused).sum();
        return Report.standard().latency("command_latency_ms", latency).count("devices", Math.min(connected, registered))
                .count("devices_requested", options.devices()).count("users", options.users()).count("devices_connected", connected).number("connect_per_s", connected / connectSeconds)
                .number("connect_s", connectSeconds).count("commands_sent", sent)
                .number("commands_per_s", sent / commandSeconds).count("commands_unanswered", lost)
                .count("errors", errors.get() + lost + (options.devices() - connected)).texts("error_samples", errorSamples)
                .count("executed_twice", executedTwice.get()).count("duplicates_refused", duplicates)
                .number("hub_cpu_percent", 100.0 * (after.cpuMillis() - before.cpuMillis()) / (commandSeconds * 1000))
                .count("hub_rss_mib", after.rssKib() / 1024);
    }

    /**
     * Connected is not yet usable: waits until the hub lists the devices (it has read their hellos),
     * giving up 15 s after the count last grew. Returns how many it lists.
     */
    private int awaitRegistered(io.tonearm.sim.hubapi.HubApi hub, int connected) throws InterruptedException {
        int listed = -1;
        long lastChange = System.nanoTime();
        while (System.nanoTime() - lastChange < 15_000_000_000L) {
            int now;
            try {
                now = (int) hub.devices().stream().filter(d -> d.id().startsWith("fleet-")).count();
            } catch (java.io.IOException e) {
                now = listed;
            }
            if (now != listed) {
                listed = now;
                lastChange = System.nanoTime();
                lastRegistrationNanos = lastChange;
            }
            if (now >= connected) {
                return now;
            }
            Thread.sleep(200);
        }
        error("the hub lists " + listed + " of " + connected + " connected devices");
        return Math.max(listed, 0);
    }

    private int connectAll(List<FleetDevice> devices) throws InterruptedException {
        Semaphore inFlight = new Semaphore(CONNECTS_IN_FLIGHT);
        AtomicInteger ok = new AtomicInteger();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (FleetDevice d : devices) {
            inFlight.acquire();
            all.add(d.connect().whenComplete((v, e) -> {
                inFlight.release();
                if (e == null) {
                    ok.incrementAndGet();
                } else {
                    error("connect " + d.id() + ": " + e.getMessage());
                }
            }));
        }
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // counted per device above
        }
        return ok.get();
    }

    /** Sends {@code rate} volume commands per second for {@code duration}, each to a random device. */
    private int commands(List<FleetDevice> devices, List<String> phones) throws InterruptedException {
        if (options.rate() == 0) {
            Thread.sleep(options.durationSeconds() * 1000L);
            return 0;
        }
        Random random = new Random(1);
        long interval = 1_000_000_000L / options.rate();
        long start = System.nanoTime();
        long end = start + options.durationSeconds() * 1_000_000_000L;
        int sent = 0;
        for (long due = start; due < end; due += interval) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = idle(devices, random);
            if (index < 0) {
                continue; // every device tried has a command on its way: this tick's phone waits
            }
            FleetDevice d = devices.get(index);
            String token = phones.get(index % phones.size());
            int volume = (d.volume() + 1 + random.nextInt(99)) % 101;
            String key = d.id() + "/" + volume;
            if (pending.putIfAbsent(key, System.nanoTime()) != null) {
                busy.remove(d.id());
                continue; // the same change is already on its way
            }
            HttpRequest req = HttpRequest.newBuilder(stack.hubUrl().resolve("/v1/me/player/volume?volume_percent=" + volume + "&device_id=" + d.id()))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                    .PUT(HttpRequest.BodyPublishers.noBody()).build();
            http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                busy.remove(d.id());
                if (e != null || r.statusCode() / 100 != 2) {
                    pending.remove(key);
                    error("volume " + key + ": " + (e != null ? e.toString() : r.statusCode() + " " + r.body()));
                }
            });
            sent++;
        }
        return sent;
    }

    /**
     * The index of a random device whose phone is not waiting for an answer, or -1 after a few tries. A phone
     * sends its next command after the last one was answered; two in flight to one device would race
     * each other through the hub, and the overtaken one is refused as stale, as it should be.
     */
    private int idle(List<FleetDevice> devices, Random random) {
        for (int attempt = 0; attempt < 8; attempt++) {
            int index = random.nextInt(devices.size());
            if (busy.add(devices.get(index).id())) {
                return index;
            }
        }
        return -1;
    }

    /**
     * One access token per user, signed with the stack's own key (as {@code tonearm token --user} does);
     * device i belongs to user i mod U. A single user is the hub's demo user.
     */
    private List<String> phoneTokens(String demoToken) {
        if (options.users() == 1) {
            return List.of(demoToken);
        }
        java.time.Clock clock = java.time.Clock.systemUTC();
        AccessTokens tokens = new AccessTokens(new TokenKeyFile(stack.dataDir(), clock).loadOrCreate(), clock);
        List<String> phones = new ArrayList<>(options.users());
        for (int u = 0; u < options.users(); u++) {
            phones.add(tokens.issue(new UserId(String.format("fleet-user-%05d", u)), Duration.ofHours(2)));
        }
        return phones;
    }

    private void error(String what) {
        errors.incrementAndGet();
        if (errorSamples.size() < 10) {
            errorSamples.add(what.length() > 200 ? what.substring(0, 200) : what);
        }
    }

    @Override
    public void applied(FleetDevice device, DeviceCommand command, long receivedAtNanos) {
        if (command instanceof DeviceCommand.SetVolume v) {
            Long sentAt = pending.remove(device.id() + "/" + v.volumePercent());
            if (sentAt != null) {
                latency.add((receivedAtNanos - sentAt) / 1e6);
            }
        }
    }

    @Override
    public void executedTwice(FleetDevice device, String commandId) {
        executedTwice.incrementAndGet();
        error("executed twice: " + commandId + " on " + device.id());
    }
}
