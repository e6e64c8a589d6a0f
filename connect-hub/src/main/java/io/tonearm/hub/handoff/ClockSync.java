package io.tonearm.hub.handoff;

import io.tonearm.hub.device.CommandAck;
import io.tonearm.hub.device.DeviceCommand;
import io.tonearm.hub.device.DeviceCommands;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Estimates each device's clock offset over its own transport: a few {@code ClockProbe} round
 * trips, keeping the one with the shortest round trip (the least queueing, so the tightest bound).
 * Estimates are reused until {@link HandoffConfig#clockMaxAge()}. Blocking; thread-safe.
 */
@Singleton
public class ClockSync {
    private static final Logger log = LoggerFactory.getLogger(ClockSync.class);

    private final DeviceCommands commands;
    private final Clock clock;
    private final HandoffConfig config;
    private final Map<String, ClockEstimate> estimates = new ConcurrentHashMap<>();

    public ClockSync(DeviceCommands commands, Clock clock, HandoffConfig config) {
        this.commands = commands;
        this.clock = clock;
        this.config = config;
    }

    /**
     * A fresh enough estimate for the device, measuring it if needed.
     *
     * @throws io.tonearm.hub.device.DeviceTimeoutException when the device does not answer a probe
     */
    public ClockEstimate estimate(String deviceId) {
        ClockEstimate known = estimates.get(deviceId);
        if (known != null && clock.millis() - known.measuredAtMs() < config.clockMaxAge().toMillis()) {
            return known;
        }
        ClockEstimate best = null;
        for (int i = 0; i < config.clockProbes(); i++) {
            ClockEstimate sample = probe(deviceId);
            if (best == null || sample.roundTripMs() < best.roundTripMs()) {
                best = sample;
            }
        }
        estimates.put(deviceId, best);
        log.info("Clock of {}: offset {} ms (round trip {} ms)", deviceId, best.offsetMs(), best.roundTripMs());
        return best;
    }

    /** The last estimate, without measuring. */
    public Optional<ClockEstimate> known(String deviceId) {
        return Optional.ofNullable(estimates.get(deviceId));
    }

    private ClockEstimate probe(String deviceId) {
        try {
            DeviceCommands.TimedAck timed = commands.dispatch(deviceId, 1, new DeviceCommand.ClockProbe(), 0,
                    config.readyTimeout()).get();
            CommandAck ack = timed.ack();
            return ClockEstimate.fromRoundTrip(timed.sentAtMs(), ack.deviceReceivedAtMs(), ack.deviceTimestampMs(),
                    timed.answeredAtMs());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing " + deviceId, e);
        }
    }
}
