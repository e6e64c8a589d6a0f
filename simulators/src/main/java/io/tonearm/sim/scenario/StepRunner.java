package io.tonearm.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.voice.VoiceAssistant;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What each {@link Step} does. Phone commands are timed from the request to the device's own state
 * showing the effect ({@code command_latency_ms}); plays from the request to the first sample at the
 * device's sink ({@code ttfa_ms}); restarts from the hub answering again to every device listed and
 * the hub's view of playback agreeing with the active device ({@code reconnect_ms}).
 */
final class StepRunner {
    private static final Duration COMMAND = Duration.ofSeconds(10);
    private static final Duration RESTART = Duration.ofSeconds(90);
    private static final Duration CONVERGE = Duration.ofSeconds(10);
    private static final int FRAMES_PER_MS = 44;

    private StepRunner() {
    }

    static void run(ScenarioRunner r, Step step) throws Exception {
        if (step instanceof Step.Play p) {
            play(r, p);
        } else if (step instanceof Step.Control c) {
            control(r, c.kind());
        } else if (step instanceof Step.Seek s) {
            long want = s.positionMs();
            command(r, () -> r.hub().send("PUT", "/v1/me/player/seek?position_ms=" + want, null), "seek to " + want + " ms",
                    st -> ScenarioRunner.positionNow(st) >= want && ScenarioRunner.positionNow(st) < want + 3000);
        } else if (step instanceof Step.Transfer t) {
            transfer(r, r.rig(t.device()));
        } else if (step instanceof Step.Degrade d) {
            r.rig(d.device()).degrade(d.link());
        } else if (step instanceof Step.Disconnect d) {
            r.rig(d.device()).disconnect();
        } else if (step instanceof Step.Restart) {
            restart(r);
        } else if (step instanceof Step.Say s) {
            VoiceAssistant.Answer a = r.voice().say(s.text());
            if (!a.outcome().equals(s.outcome())) {
                throw new ScenarioException("the hub answered " + a.outcome() + " (\"" + a.speech() + "\"), expected " + s.outcome());
            }
        } else if (step instanceof Step.Intent i) {
            VoiceAssistant.Answer a = r.voice().intent(i.intent(), i.query(), i.device());
            if (!a.outcome().equals(i.outcome())) {
                throw new ScenarioException("the hub answered " + a.outcome() + " (\"" + a.speech() + "\"), expected " + i.outcome());
            }
        } else if (step instanceof Step.Fleet f) {
            fleet(r, f);
        } else if (step instanceof Step.Sleep s) {
            Thread.sleep(s.duration().toMillis());
        } else if (step instanceof Step.Hear h) {
            SimulatedDevice d = r.rig(h.device()).device;
            long from = d.probe().framesWritten();
            Waits.until("the " + d.name() + " sounds " + h.audioMs() + " ms of audio", h.within(),
                    () -> d.probe().framesWritten() - from >= h.audioMs() * FRAMES_PER_MS);
        } else if (step instanceof Step.Expect e) {
            expect(r, e);
        } else {
            throw new AssertionError("unhandled step " + step);
        }
    }

    private static void play(ScenarioRunner r, Step.Play p) throws Exception {
        List<CatalogApi.Track> catalog = r.catalog();
        if (catalog.size() < p.tracks()) {
            throw new ScenarioException("the catalog has " + catalog.size() + " tracks, the step wants " + p.tracks());
        }
        Rig rig = r.rig(p.device());
        rig.device.probe().arm();
        long sent = System.nanoTime();
        HubApi.Reply reply = r.hub().play(rig.device.id(), catalog.subList(0, p.tracks()).stream().map(CatalogApi.Track::uri).toList(),
                p.positionMs());
        requireOk(reply, "play");
        Waits.until("the " + rig.spec.name() + " sounds its first sample", COMMAND, () -> rig.device.probe().firstSampleNanos().isPresent());
        r.ttfa().add((rig.device.probe().firstSampleNanos().get() - sent) / 1e6);
        r.active(rig);
    }

    private static void control(ScenarioRunner r, Step.Control.Kind kind) throws Exception {
        PlaybackState before = active(r).device.state();
        switch (kind) {
            case PAUSE:
                command(r, () -> r.hub().pause(), "pause", s -> s.status() == PlaybackStatus.PAUSED);
                break;
            case RESUME:
                command(r, () -> r.hub().resume(), "resume", s -> s.status() == PlaybackStatus.PLAYING);
                break;
            case NEXT:
                command(r, () -> r.hub().send("POST", "/v1/me/player/next", null), "next",
                        s -> s.queueIndex() == before.queueIndex() + 1);
                break;
            case PREVIOUS:
                command(r, () -> r.hub().send("POST", "/v1/me/player/previous", null), "previous",
                        s -> s.queueIndex() == before.queueIndex() - 1
                                || (s.queueIndex() == before.queueIndex() && s.positionMs() < before.positionMs()));
                break;
            default:
                throw new AssertionError("unhandled control " + kind);
        }
    }

    /** A call to the hub, made once the clock has started. */
    private interface Call {
        HubApi.Reply send() throws Exception;
    }

    private static void command(ScenarioRunner r, Call call, String what, Predicate<PlaybackState> done) throws Exception {
        long sent = System.nanoTime();
        requireOk(call.send(), what);
        Rig a = active(r);
        Waits.until("the " + a.spec.name() + " shows the " + what, COMMAND, () -> done.test(a.device.state()));
        r.commands().add((System.nanoTime() - sent) / 1e6);
    }

    private static void transfer(ScenarioRunner r, Rig target) throws Exception {
        Optional<Rig> source = r.active();
        if (source.isPresent() && source.get() != target) {
            r.handoffs().transfer(source.get().device, target.device);
        } else {
            requireOk(r.hub().transfer(target.device.id(), true), "transfer");
        }
        r.active(target);
    }

    /**
     * Restarts the hub; {@code reconnect_ms} runs from the new hub answering /health to every device
     * listed again. Then the hub's view of playback must agree with the active device within
     * {@link #CONVERGE} (the target after a broker restart).
     */
    private static void restart(ScenarioRunner r) throws Exception {
        r.stack().restartHub();
        long healthy = System.nanoTime();
        r.awaitListed(RESTART);
        r.reconnects().add((System.nanoTime() - healthy) / 1e6);
        Optional<Rig> a = r.active();
        if (a.isPresent()) {
            Waits.until("the hub's playback view agrees with the " + a.get().spec.name() + " after the restart",
                    CONVERGE, () -> agrees(r.hub(), a.get()));
        }
    }

    private static boolean agrees(HubApi hub, Rig active) throws Exception {
        PlaybackState s = active.device.state();
        Optional<JsonNode> view = hub.player();
        if (view.isEmpty()) {
            return s.status() != PlaybackStatus.PLAYING;
        }
        boolean playing = s.status() == PlaybackStatus.PLAYING;
        return view.get().path("is_playing").asBoolean() == playing
                && (!playing || view.get().path("device").path("id").asText().equals(active.device.id()));
    }

    private static void fleet(ScenarioRunner r, Step.Fleet f) throws Exception {
        io.tonearm.sim.report.Report fleet = new io.tonearm.sim.fleet.Fleet(r.stack(), f.options()).run();
        r.fleetReport(fleet);
        if (fleet.countOf("devices") < f.options().devices() || fleet.countOf("errors") > 0 || fleet.countOf("executed_twice") > 0) {
            throw new ScenarioException(fleet.countOf("devices") + " of " + f.options().devices() + " devices connected, "
                    + fleet.countOf("errors") + " errors, " + fleet.countOf("executed_twice") + " commands executed twice");
        }
    }

    private static void expect(ScenarioRunner r, Step.Expect e) throws Exception {
        SimulatedDevice d = r.rig(e.device()).device;
        Waits.until("the " + d.name() + " is " + e.status() + e.queueIndex().map(i -> " at queue index " + i).orElse("")
                + e.minPositionMs().map(p -> " past " + p + " ms").orElse(""), e.within(), () -> {
                    PlaybackState s = d.state();
                    return s.status() == e.status() && e.queueIndex().map(i -> s.queueIndex() == i).orElse(true)
                            && e.minPositionMs().map(p -> ScenarioRunner.positionNow(s) >= p).orElse(true);
                });
    }

    private static Rig active(ScenarioRunner r) throws ScenarioException {
        return r.active().orElseThrow(() -> new ScenarioException("no device is playing yet; play first"));
    }

    private static void requireOk(HubApi.Reply reply, String what) throws ScenarioException {
        if (!reply.ok()) {
            throw new ScenarioException("the hub refused the " + what + ": " + reply);
        }
    }
}
