package io.tonearm.hub.player;

import io.tonearm.hub.device.CommandAck;
import io.tonearm.hub.device.CommandChannelException;
import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceCommand;
import io.tonearm.hub.device.DeviceCommands;
import io.tonearm.hub.device.DeviceInfo;
import io.tonearm.hub.device.DeviceRegistry;
import io.tonearm.hub.device.DeviceTimeoutException;
import io.tonearm.protocol.Topics;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The player's commands: each goes to the named device or the active one and returns once the
 * device applied it, or throws a {@link PlayerException} that says why not. Blocking.
 */
@Singleton
public class PlayerService {

    private static final Logger log = LoggerFactory.getLogger(PlayerService.class);

    private final DeviceRegistry registry;
    private final DeviceCommands commands;
    private final SessionStore sessions;

    public PlayerService(DeviceRegistry registry, DeviceCommands commands, SessionStore sessions) {
        this.registry = registry;
        this.commands = commands;
        this.sessions = sessions;
    }

    /** Plays {@code play} on the target, or resumes it when empty. */
    public void play(String user, Optional<String> deviceId, Optional<DeviceCommand.Play> play) {
        Device target = target(user, deviceId);
        execute(user, target, play.<DeviceCommand>map(p -> p).orElseGet(DeviceCommand.Resume::new));
        sessions.playingOn(user, target.id(), play.map(DeviceCommand.Play::trackUris));
    }

    public void pause(String user, Optional<String> deviceId) {
        execute(user, target(user, deviceId), new DeviceCommand.Pause());
    }

    public void next(String user, Optional<String> deviceId) {
        execute(user, target(user, deviceId), new DeviceCommand.Next());
    }

    public void previous(String user, Optional<String> deviceId) {
        execute(user, target(user, deviceId), new DeviceCommand.Previous());
    }

    public void seek(String user, Optional<String> deviceId, long positionMs) {
        execute(user, target(user, deviceId), new DeviceCommand.Seek(positionMs));
    }

    /** A device whose hello says it cannot set its volume gets no command: 403 VOLUME_CONTROL_DISALLOW. */
    public void volume(String user, Optional<String> deviceId, int volumePercent) {
        Device target = target(user, deviceId);
        if (!target.info().map(DeviceInfo::supportsVolume).orElse(false)) {
            throw PlayerException.restricted(Restriction.VOLUME_CONTROL_DISALLOW);
        }
        execute(user, target, new DeviceCommand.SetVolume(volumePercent));
    }

    private Device target(String user, Optional<String> deviceId) {
        if (deviceId.isPresent()) {
            return usable(deviceId.get());
        }
        return usable(sessions.get(user).activeDeviceId().orElseThrow(PlayerException::noActiveDevice));
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

    private void execute(String user, Device device, DeviceCommand command) {
        long floor = device.state().map(r -> r.state().sessionVersion()).orElse(0L);
        long version = sessions.nextVersion(user, floor);
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
