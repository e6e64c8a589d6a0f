package io.tonearm.hub.player;

import io.tonearm.hub.device.CommandAck;
import io.tonearm.hub.device.CommandChannelException;
import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceCommand;
import io.tonearm.hub.device.DeviceCommands;
import io.tonearm.hub.device.DeviceInfo;
import io.tonearm.hub.device.DeviceRegistry;
import io.tonearm.hub.device.DeviceTimeoutException;
import io.tonearm.hub.device.RepeatMode;
import io.tonearm.hub.session.PlayOrder;
import io.tonearm.hub.session.PlaybackContext;
import io.tonearm.hub.session.PlaybackSession;
import io.tonearm.hub.session.SessionStoreException;
import io.tonearm.hub.session.Sessions;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.WireLimits;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The player's commands: each goes to the named device or the active one, returns once the device
 * applied it and then records the change in the user's session (a new version), or throws a
 * {@link PlayerException} that says why not. Blocking.
 */
@Singleton
public class PlayerService {

    private static final Logger log = LoggerFactory.getLogger(PlayerService.class);

    private final DeviceRegistry registry;
    private final DeviceCommands commands;
    private final Sessions sessions;
    private final ContextResolver contexts;
    private final Clock clock;
    private final Random random = new Random();

    public PlayerService(DeviceRegistry registry, DeviceCommands commands, Sessions sessions,
            ContextResolver contexts, Clock clock) {
        this.registry = registry;
        this.commands = commands;
        this.sessions = sessions;
        this.contexts = contexts;
        this.clock = clock;
    }

    /** Plays a context or a list on the target, or resumes it when {@code request} is empty. */
    public void play(String user, Optional<String> deviceId, Optional<PlayRequest.Checked> request) {
        Device target = target(user, deviceId);
        if (request.isEmpty()) {
            PlaybackSession s = session(user);
            boolean reload = activeIs(s, target) && !s.playOrder().isEmpty() && target.state()
                    .map(r -> !r.state().queue().equals(s.playOrder())).orElse(false);
            execute(user, target, reload ? new DeviceCommand.Play(s.playOrder(), s.index(), s.positionMs(), s.repeat())
                    : new DeviceCommand.Resume());
            record(user, x -> x.at(target.id(), true, x.positionMs(), clock.instant()));
        } else {
            PlayRequest.Checked r = request.get();
            List<String> tracks = r.context().map(contexts::tracks).orElse(r.uris());
            int start = r.startIndex(tracks);
            PlaybackSession now = session(user);
            List<String> order = PlayOrder.starting(tracks, start, now.shuffle(), random);
            int index = now.shuffle() ? 0 : start;
            execute(user, target, new DeviceCommand.Play(order, index, r.positionMs(), now.repeat()));
            Optional<PlaybackContext> context = r.context();
            record(user, s -> s.started(target.id(), context, tracks, order, index, r.positionMs(), clock.instant()));
        }
        registry.controlledBy(target.id(), user);
    }

    public void pause(String user, Optional<String> deviceId) {
        Device target = target(user, deviceId);
        execute(user, target, new DeviceCommand.Pause());
        record(user, s -> s.at(target.id(), false, s.positionAt(clock.instant()), clock.instant()));
    }

    /** The device moves itself; its next state report moves the session (see SessionFollower). */
    public void next(String user, Optional<String> deviceId) {
        execute(user, target(user, deviceId), new DeviceCommand.Next());
    }

    public void previous(String user, Optional<String> deviceId) {
        execute(user, target(user, deviceId), new DeviceCommand.Previous());
    }

    /** How long keep offline waits for the device: it downloads every track before it acks. */
    static final java.time.Duration OFFLINE_TIMEOUT = java.time.Duration.ofMinutes(2);

    /**
     * Asks the device to keep a context's tracks or a list of tracks for offline play, and waits for
     * its ack, which comes once they are downloaded and pinned. Changes no session state.
     *
     * @throws PlayerException 400 for a body without context_uri or uris, or with offset/position_ms;
     *                         403 OFFLINE_DISALLOW when the device has no cache; 502 when some tracks
     *                         could not be kept; 504 when the device did not finish in time
     */
    public void keepOffline(String user, Optional<String> deviceId, Optional<PlayRequest.Checked> request) {
        PlayRequest.Checked r = request.orElseThrow(() -> PlayerException.badRequest("context_uri or uris is required"));
        if (r.offsetPosition().isPresent() || r.offsetUri().isPresent() || r.positionMs() != 0) {
            throw PlayerException.badRequest("offset and position_ms do not apply to keeping tracks offline");
        }
        Device target = target(user, deviceId);
        List<String> tracks = r.context().map(contexts::tracks).orElse(r.uris());
        DeviceCommand command = new DeviceCommand.KeepOffline(tracks, r.context().map(PlaybackContext::uri));
        CommandAck ack;
        try {
            // Not a playback change: the version stays, at least the device's own so it is not stale.
            // (Versions start at 1; a fresh session is at 0.)
            long version = Math.max(1, Math.max(sessions.get(user).version(),
                    target.state().map(s -> s.state().sessionVersion()).orElse(0L)));
            ack = commands.dispatch(target.id(), version, command, 0, OFFLINE_TIMEOUT).join().ack();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof DeviceTimeoutException) {
                throw PlayerException.deviceTimeout();
            }
            if (e.getCause() instanceof CommandChannelException) {
                throw PlayerException.brokerUnavailable();
            }
            throw e;
        }
        switch (ack.outcome()) {
            case APPLIED:
            case DUPLICATE:
                return;
            case FAILED:
                throw Restriction.ofFailure(command, ack.errorCode()).map(PlayerException::restricted)
                        .orElseGet(() -> PlayerException.rejected(PlayerException.Failure.COMMAND_FAILED, ack.reason()));
            default:
                throw PlayerException.rejected(PlayerException.Failure.COMMAND_INVALID, ack.reason());
        }
    }

    /** A device whose hello says it cannot seek gets no command: 403 SEEK_DISALLOW. */
    public void seek(String user, Optional<String> deviceId, long positionMs) {
        Device target = target(user, deviceId);
        if (!target.info().map(i -> i.capabilities().seek()).orElse(false)) {
            throw PlayerException.restricted(Restriction.SEEK_DISALLOW);
        }
        execute(user, target, new DeviceCommand.Seek(positionMs));
        record(user, s -> activeIs(s, target) ? s.at(target.id(), s.playing(), positionMs, clock.instant()) : s);
    }

    /** A device whose hello says it cannot set its volume gets no command: 403 VOLUME_CONTROL_DISALLOW. */
    public void volume(String user, Optional<String> deviceId, int volumePercent) {
        Device target = target(user, deviceId);
        if (!target.info().map(DeviceInfo::supportsVolume).orElse(false)) {
            throw PlayerException.restricted(Restriction.VOLUME_CONTROL_DISALLOW);
        }
        execute(user, target, new DeviceCommand.SetVolume(volumePercent));
        record(user, s -> s.withVolume(target.id(), volumePercent));
    }

    public void repeat(String user, Optional<String> deviceId, RepeatMode mode) {
        Device target = target(user, deviceId);
        execute(user, target, new DeviceCommand.SetRepeat(mode));
        record(user, s -> s.withRepeat(mode));
    }

    /**
     * Shuffle on reorders what comes after the current track (and the tracks queued by the user); off
     * brings back the context's order. A loaded device gets the new order as a Play from where it is.
     */
    public void shuffle(String user, Optional<String> deviceId, boolean on) {
        Device target = target(user, deviceId);
        PlaybackSession s = session(user);
        if (s.playOrder().isEmpty() || !activeIs(s, target)) {
            record(user, x -> x.withShuffle(on));
            return;
        }
        List<String> order = on ? PlayOrder.shuffled(s, random) : PlayOrder.unshuffled(s);
        Instant now = clock.instant();
        execute(user, target, new DeviceCommand.Play(order, s.index(), s.positionAt(now), s.repeat()));
        record(user, x -> x.playOrder().equals(s.playOrder()) && x.index() == s.index() ? x.reordered(on, order)
                : x.withShuffle(on));
    }

    /**
     * Adds {@code uri} after the current track and the tracks queued before it. The wire contract has no
     * "append" command, so a playing device gets the new list as a Play from where it is (a short
     * re-buffer); a paused one gets it when it resumes.
     */
    public void queue(String user, Optional<String> deviceId, String uri) {
        Device target = target(user, deviceId);
        PlaybackSession s = session(user);
        if (s.playOrder().isEmpty() || !activeIs(s, target)) {
            throw PlayerException.restricted(Restriction.NOT_PLAYING_TRACK);
        }
        if (s.playOrder().size() >= WireLimits.MAX_QUEUE) {
            throw PlayerException.badRequest("The queue is full (" + WireLimits.MAX_QUEUE + " tracks)");
        }
        PlaybackSession queued = s.enqueued(uri);
        Instant now = clock.instant();
        long position = s.positionAt(now);
        if (s.playing()) {
            execute(user, target, new DeviceCommand.Play(queued.playOrder(), s.index(), position, s.repeat()));
        }
        record(user, x -> x.playOrder().equals(s.playOrder()) && x.index() == s.index() ? x.enqueued(uri) : x);
    }

    private boolean activeIs(PlaybackSession s, Device target) {
        return s.activeDeviceId().filter(target.id()::equals).isPresent();
    }

    private Device target(String user, Optional<String> deviceId) {
        if (deviceId.isPresent()) {
            return usable(deviceId.get());
        }
        return usable(session(user).activeDeviceId().orElseThrow(PlayerException::noActiveDevice));
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

    private PlaybackSession session(String user) {
        try {
            return sessions.get(user);
        } catch (SessionStoreException e) {
            log.warn("Session store unavailable: {}", e.getMessage());
            throw PlayerException.sessionStoreUnavailable();
        }
    }

    /** The device applied the command: the session records it (a failure here is logged, the command stands). */
    private void record(String user, UnaryOperator<PlaybackSession> change) {
        try {
            sessions.update(user, change);
        } catch (SessionStoreException | IllegalArgumentException | IllegalStateException e) {
            log.warn("Could not record a change in {}'s session: {}", user, e.getMessage());
        }
    }

    private void execute(String user, Device device, DeviceCommand command) {
        long floor = device.state().map(r -> r.state().sessionVersion()).orElse(0L);
        long version;
        try {
            version = sessions.nextVersion(user, floor);
        } catch (SessionStoreException e) {
            log.warn("Session store unavailable: {}", e.getMessage());
            throw PlayerException.sessionStoreUnavailable();
        }
        CommandAck ack;
        try {
            ack = commands.send(device.id(), version, command);
        } catch (DeviceTimeoutException e) {
            throw PlayerException.deviceTimeout();
        } catch (CommandChannelException e) {
            log.warn("Cannot send {} to {}: {}", command, device.id(), e.getMessage());
            throw PlayerException.brokerUnavailable();
        }
        switch (ack.outcome()) {
            case APPLIED:
            case DUPLICATE:
                return;
            case STALE:
                sessions.raiseTo(user, ack.sessionVersion());
                throw PlayerException.rejected(PlayerException.Failure.COMMAND_STALE, ack.reason());
            case INVALID:
                throw PlayerException.rejected(PlayerException.Failure.COMMAND_INVALID, ack.reason());
            case FAILED:
                throw Restriction.ofFailure(command, ack.errorCode()).map(PlayerException::restricted)
                        .orElseGet(() -> PlayerException.rejected(PlayerException.Failure.COMMAND_FAILED, ack.reason()));
            default:
                throw new AssertionError("unhandled outcome " + ack.outcome());
        }
    }
}
