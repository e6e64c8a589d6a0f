package io.tonearm.sim.demo;

import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.report.Latencies;

/**
 * Transfers playback through the hub and measures it at the two devices' sinks: the audible gap
 * (the target's first sample less the source's last, on the one clock the simulated devices share;
 * an overlap counts by its size too), the position error (where the target's music starts less
 * where the source's stopped) and the time from the request to the target's first sample.
 */
public final class HandoffMeter {
    /** A handoff's figures, in milliseconds; {@code gapMs} is negative for an overlap. */
    public record Measured(double gapMs, double positionErrorMs, double requestToSoundMs) {
    }

    public final Latencies gaps = new Latencies();
    public final Latencies positionErrors = new Latencies();
    public final Latencies requestToSound = new Latencies();

    private final HubApi hub;

    public HandoffMeter(HubApi hub) {
        this.hub = hub;
    }

    public Measured transfer(SimulatedDevice source, SimulatedDevice target) throws Exception {
        target.probe().arm();
        long sent = System.nanoTime();
        HubApi.Reply reply = hub.transfer(target.id(), true);
        if (!reply.ok()) {
            throw new IllegalStateException("the hub refused the transfer to the " + target.name() + ": " + reply);
        }
        long first = awaitFirstSample(target);
        PlaybackState stopped = awaitPaused(source);
        long sourceEnd = source.probe().audibleEndNanos();
        long readAt = System.nanoTime();
        PlaybackState started = target.state();
        double targetStartMs = started.positionMs() - (readAt - first) / 1e6;
        Measured m = new Measured((first - sourceEnd) / 1e6, targetStartMs - stopped.positionMs(), (first - sent) / 1e6);
        gaps.add(Math.abs(m.gapMs()));
        positionErrors.add(Math.abs(m.positionErrorMs()));
        requestToSound.add(m.requestToSoundMs());
        return m;
    }

    private static long awaitFirstSample(SimulatedDevice device) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (device.probe().firstSampleNanos().isPresent()) {
                return device.probe().firstSampleNanos().get();
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("the " + device.name() + " did not sound within 10 s of the transfer");
    }

    /** The source's state once it reports the pause (its position is then where its sound stopped). */
    private static PlaybackState awaitPaused(SimulatedDevice device) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            PlaybackState s = device.state();
            if (s.status() == PlaybackStatus.PAUSED) {
                Thread.sleep(100); // let the player thread reach the sink's pause
                return device.state();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the " + device.name() + " kept playing after the transfer");
    }
}
