package io.tonearm.hub.handoff;

import io.tonearm.hub.HubConfig;
import io.tonearm.hub.device.CommandAck;
import io.tonearm.hub.device.CommandChannelException;
import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceCommand;
import io.tonearm.hub.device.DeviceCommands;
import io.tonearm.hub.device.DeviceRegistry;
import io.tonearm.hub.device.DeviceState;
import io.tonearm.hub.device.DeviceTimeoutException;
import io.tonearm.hub.device.PlaybackStatus;
import io.tonearm.hub.device.RepeatMode;
import io.tonearm.hub.player.PlayerException;
import io.tonearm.hub.session.Sessions;
import io.tonearm.protocol.Topics;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a user's playback to another device, make-before-break: the target prepares at the
 * position the source is about to reach and says when it is ready; then both devices get a
 * command for one instant on the synchronised clock — the target starts, the source pauses. If the
 * target does not get ready, the source is never touched. Blocking; one transfer per user at a time.
 */
@Singleton
public class HandoffService {
    private static final Logger log = LoggerFactory.getLogger(HandoffService.class);
    /** A transfer this close to the end of the track is refused rather than raced. */
    private static final long END_SLACK_MS = 500;

    private final DeviceRegistry registry;
    private final DeviceCommands commands;
    private final Sessions sessions;
    private final ClockSync clocks;
    private final HandoffConfig config;
    private final Duration commandTimeout;
    private final Clock clock;
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();

    public HandoffService(DeviceRegistry registry, DeviceCommands commands, Sessions sessions, ClockSync clocks,
                          HandoffConfig config, HubConfig hub, Clock clock) {
        this.registry = registry;
        this.commands = commands;
        this.sessions = sessions;
        this.clocks = clocks;
        this.config = config;
        this.commandTimeout = hub.commandTimeout();
        this.clock = clock;
    }

    /** What a transfer did; {@code switchAtHubMs} is 0 when no synchronised switch was needed. */
    public record Result(Optional<String> sourceId, String targetId, long positionMs, long switchAtHubMs) {
    }

    /**
     * Transfers {@code user}'s playback to {@code targetId}. With {@code play}, the target plays
     * afterwards even if the source was paused; without, the playing state carries over.
     *
     * @throws PlayerException   404 for an unknown or offline target
     * @throws HandoffException  409 while another transfer runs, 502 when the target was not ready
     */
    public Result transfer(String user, String targetId, boolean play) {
        Device target = usable(targetId);
        if (!inProgress.add(user)) {
            throw HandoffException.conflict();
        }
        try {
            return transferTo(user, target, play);
        } finally {
            inProgress.remove(user);
        }
    }

    private Result transferTo(String user, Device target, boolean play) {
        Optional<Device> source = sessions.get(user).activeDeviceId()
                .filter(id -> !id.equals(target.id()))
                .flatMap(registry::find)
                .filter(Device::listed);
        Optional<DeviceState> playing = source.flatMap(Device::state).map(Device.Reported::state)
                .filter(s -> s.trackUri().isPresent() && !s.queue().isEmpty())
                .filter(s -> s.status() == PlaybackStatus.PLAYING || s.status() == PlaybackStatus.PAUSED);
        if (playing.isEmpty()) {
            // Nothing to carry over (or the target already is the active device): it just becomes active.
            Instant now = clock.instant();
            sessions.update(user, s -> s.at(target.id(), false, s.positionAt(now), now));
            return new Result(source.map(Device::id), target.id(), 0, 0);
        }
        DeviceState state = playing.get();
        if (state.status() == PlaybackStatus.PAUSED) {
            return fromPaused(user, source.get(), target, state, play);
        }
        return fromPlaying(user, source.get(), target, state);
    }

    /** The source is paused: the target prepares at the same position, and plays only if asked. */
    private Result fromPaused(String user, Device source, Device target, DeviceState state, boolean play) {
        long version = sessions.nextVersion(user, floor(source, target));
        prepare(target, version, state, state.positionMs(), sessions.get(user).repeat());
        if (play) {
            expectApplied(await(commands.dispatch(target.id(), sessions.nextVersion(user, 0),
                    new DeviceCommand.Start(state.positionMs()), 0, commandTimeout)), "start");
        }
        Instant now = clock.instant();
        sessions.update(user, s -> s.at(target.id(), play, state.positionMs(), now));
        return new Result(Optional.of(source.id()), target.id(), state.positionMs(), 0);
    }

    private Result fromPlaying(String user, Device source, Device target, DeviceState state) {
        ClockEstimate sourceClock = clocks.estimate(source.id());
        ClockEstimate targetClock = clocks.estimate(target.id());
        HandoffPlan plan = HandoffPlan.of(state, sourceClock);
        long now = clock.millis();
        if (plan.endsBefore(now + config.prepareLead().toMillis() + config.switchMargin().toMillis(), END_SLACK_MS)) {
            throw HandoffException.trackEnding();
        }
        long prepared = plan.preparePosition(now, config.prepareLead().toMillis());
        long version = sessions.nextVersion(user, floor(source, target));
        long readyAt = prepare(target, version, state, prepared, sessions.get(user).repeat());

        long switchAt = plan.switchAt(readyAt, config.switchMargin().toMillis(), prepared);
        long position = plan.positionAt(switchAt);
        if (plan.endsBefore(switchAt, END_SLACK_MS)) {
            release(target, version);
            throw HandoffException.trackEnding();
        }
        long switchVersion = sessions.nextVersion(user, 0);
        Duration wait = Duration.ofMillis(Math.max(0, switchAt - clock.millis())).plus(commandTimeout);
        CompletableFuture<DeviceCommands.TimedAck> start = commands.dispatch(target.id(), switchVersion,
                new DeviceCommand.Start(position), targetClock.toDevice(switchAt), wait);
        CompletableFuture<DeviceCommands.TimedAck> pause = commands.dispatch(source.id(), switchVersion,
                new DeviceCommand.Pause(), sourceClock.toDevice(switchAt), wait);
        Optional<String> startFailure = failure(start);
        Optional<String> pauseFailure = failure(pause);
        if (startFailure.isPresent()) {
            // The target never sounded: put the source back if it already paused.
            if (pauseFailure.isEmpty()) {
                commands.dispatch(source.id(), sessions.nextVersion(user, 0), new DeviceCommand.Resume(), 0, commandTimeout);
            }
            release(target, switchVersion);
            throw HandoffException.switchFailed("the target did not start: " + startFailure.get());
        }
        if (pauseFailure.isPresent()) {
            log.warn("Source {} did not pause at the switch ({}); pausing it now", source.id(), pauseFailure.get());
            commands.dispatch(source.id(), sessions.nextVersion(user, 0), new DeviceCommand.Pause(), 0, commandTimeout);
        }
        sessions.update(user, s -> s.at(target.id(), true, position, Instant.ofEpochMilli(switchAt)));
        log.info("Handed {} over from {} to {} at {} ms, position {} ms (source at {} ms at {}; prepared at {} ms; "
                + "target ready {} ms after the request)", state.trackUri().orElse("?"), source.id(), target.id(),
                switchAt, position, plan.anchorPositionMs(), plan.anchorHubMs(), prepared, readyAt - now);
        return new Result(Optional.of(source.id()), target.id(), position, switchAt);
    }

    /** Sends Prepare and waits until the target is ready; returns the hub time it said so. */
    private long prepare(Device target, long version, DeviceState state, long positionMs, RepeatMode repeat) {
        DeviceCommand.Prepare prepare = new DeviceCommand.Prepare(state.queue(), state.queueIndex(), positionMs, repeat);
        CompletableFuture<DeviceCommands.TimedAck> ready = commands.dispatch(target.id(), version, prepare, 0,
                config.readyTimeout());
        Optional<String> failure = failure(ready);
        if (failure.isPresent()) {
            release(target, version);
            throw HandoffException.targetNotReady(failure.get());
        }
        return ready.join().answeredAtMs();
    }

    /** Best effort: a target that was told to prepare lets go of it. */
    private void release(Device target, long version) {
        commands.dispatch(target.id(), version + 1, new DeviceCommand.Stop(), 0, commandTimeout)
                .exceptionally(e -> {
                    log.warn("Could not release {} after a failed transfer: {}", target.id(), e.toString());
                    return null;
                });
    }

    /** Empty when the command was applied; otherwise why not, for people. */
    private static Optional<String> failure(CompletableFuture<DeviceCommands.TimedAck> pending) {
        try {
            CommandAck ack = pending.get().ack();
            if (ack.outcome() == CommandAck.Outcome.APPLIED || ack.outcome() == CommandAck.Outcome.DUPLICATE) {
                return Optional.empty();
            }
            return Optional.of(ack.outcome().name().toLowerCase() + (ack.reason().isEmpty() ? "" : " (" + ack.reason() + ")"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DeviceTimeoutException) {
                return Optional.of("no answer in time");
            }
            if (e.getCause() instanceof CommandChannelException) {
                return Optional.of("devices are unreachable right now");
            }
            return Optional.of("unexpected error");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private static DeviceCommands.TimedAck await(CompletableFuture<DeviceCommands.TimedAck> pending) {
        try {
            return pending.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof DeviceTimeoutException ? PlayerException.deviceTimeout()
                    : PlayerException.brokerUnavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlayerException.deviceTimeout();
        }
    }

    private static void expectApplied(DeviceCommands.TimedAck timed, String what) {
        CommandAck.Outcome outcome = timed.ack().outcome();
        if (outcome != CommandAck.Outcome.APPLIED && outcome != CommandAck.Outcome.DUPLICATE) {
            throw HandoffException.switchFailed("the target did not " + what + ": " + timed.ack().reason());
        }
    }

    private static long floor(Device a, Device b) {
        return Math.max(version(a), version(b));
    }

    private static long version(Device d) {
        return d.state().map(r -> r.state().sessionVersion()).orElse(0L);
    }

    private Device usable(String deviceId) {
        Device device = Optional.of(deviceId).filter(Topics::isValidDeviceId).flatMap(registry::find)
                .filter(d -> d.info().isPresent())
                .orElseThrow(PlayerException::deviceNotFound);
        if (!device.online()) {
            throw PlayerException.deviceOffline();
        }
        return device;
    }
}
