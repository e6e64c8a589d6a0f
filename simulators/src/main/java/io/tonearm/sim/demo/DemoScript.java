package io.tonearm.sim.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.report.Latencies;
import java.util.List;
import java.util.Optional;

/**
 * What the demo does with the devices: in turn, each plays the next track, is paused and resumed,
 * then hands the music to the next device and that one to the one after (speaker → car → TV on the
 * first turn), which is paused before the next turn, until the time is up.
 */
final class DemoScript {
    private static final long PLAY_MS = 3000;
    private static final long RESUMED_MS = 1000;
    private static final long AFTER_HANDOFF_MS = 2000;

    private final Narrator say;
    private final HubApi hub;
    private final List<CatalogApi.Track> tracks;
    private final List<SimulatedDevice> devices;
    private final Latencies ttfa;
    private final HandoffMeter handoffs;
    private final long deadline;
    private int pauses;

    DemoScript(Narrator say, HubApi hub, List<CatalogApi.Track> tracks, List<SimulatedDevice> devices, Latencies ttfa,
               int durationSeconds) {
        this.say = say;
        this.hub = hub;
        this.tracks = tracks;
        this.devices = devices;
        this.ttfa = ttfa;
        this.handoffs = new HandoffMeter(hub);
        this.deadline = System.nanoTime() + durationSeconds * 1_000_000_000L;
    }

    void play() throws Exception {
        int turn = 0;
        do {
            CatalogApi.Track track = tracks.get(turn % tracks.size());
            turn(turn, track);
            turn++;
        } while (System.nanoTime() + (PLAY_MS + RESUMED_MS + 2 * AFTER_HANDOFF_MS + 2500) * 1_000_000 < deadline);
    }

    HandoffMeter handoffs() {
        return handoffs;
    }

    private void turn(int turn, CatalogApi.Track track) throws Exception {
        SimulatedDevice device = devices.get(turn % devices.size());
        say.say("▶ Play \"%s\" by %s on the %s", track.name(), track.artist(), device.name());
        device.probe().arm();
        long sent = System.nanoTime();
        HubApi.Reply reply = hub.play(device.id(), List.of(track.uri()), 0);
        if (!reply.ok()) {
            throw new IllegalStateException("the hub refused to play: " + reply);
        }
        long first = awaitFirstSample(device);
        double ms = (first - sent) / 1e6;
        ttfa.add(ms);
        say.say("  first sample at the %s %.1f ms after the request", device.name(), ms);
        Thread.sleep(PLAY_MS);
        describePlayer();
        pause(device);
        expect(hub.resume(), "resume");
        say.say("▶ Resumed");
        Thread.sleep(RESUMED_MS);
        SimulatedDevice from = device;
        for (int hop = 1; hop <= 2; hop++) {
            SimulatedDevice to = devices.get((turn + hop) % devices.size());
            handOff(from, to);
            Thread.sleep(AFTER_HANDOFF_MS);
            from = to;
        }
        pause(from);
    }

    private void handOff(SimulatedDevice from, SimulatedDevice to) throws Exception {
        say.say("⇄ Transfer from the %s to the %s (PUT /v1/me/player)", from.name(), to.name());
        HandoffMeter.Measured m = handoffs.transfer(from, to);
        say.say("  the %s sounded %.1f ms after the request; %s %.1f ms; the music continued %.1f ms %s",
                to.name(), m.requestToSoundMs(), m.gapMs() >= 0 ? "gap" : "overlap", Math.abs(m.gapMs()),
                Math.abs(m.positionErrorMs()), m.positionErrorMs() >= 0 ? "ahead" : "behind");
    }

    int pauses() {
        return pauses;
    }

    private void pause(SimulatedDevice device) throws Exception {
        expect(hub.pause(), "pause");
        pauses++;
        long before = device.probe().framesWritten();
        Thread.sleep(300);
        long after = device.probe().framesWritten();
        say.say("⏸ Paused; the %s's sink took %d frames in the 300 ms after the pause acknowledgement", device.name(), after - before);
    }

    private void describePlayer() throws Exception {
        Optional<JsonNode> p = hub.player();
        if (p.isEmpty()) {
            say.say("  GET /v1/me/player: nothing active");
            return;
        }
        JsonNode n = p.get();
        say.say("  GET /v1/me/player: %s \"%s\" on %s at %.1f s of %.1f s",
                n.path("is_playing").asBoolean() ? "playing" : "paused", n.path("item").path("name").asText(),
                n.path("device").path("name").asText(), n.path("progress_ms").asLong() / 1000.0,
                n.path("item").path("duration_ms").asLong() / 1000.0);
    }

    private static long awaitFirstSample(SimulatedDevice device) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<Long> t = device.probe().firstSampleNanos();
            if (t.isPresent()) {
                return t.get();
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("no audio reached the " + device.name() + " within 10 s: " + device.state());
    }

    private static void expect(HubApi.Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException("the hub refused to " + what + ": " + reply);
        }
    }
}
