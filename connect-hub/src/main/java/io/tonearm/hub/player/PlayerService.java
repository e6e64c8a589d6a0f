package io.tonearm.hub.player;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.device.CommandAck;
import io.tonearm.hub.device.CommandChannelException;
import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceCommand;
import io.tonearm.hub.device.DeviceCommands;
import io.tonearm.hub.device.DeviceRegistry;
import io.tonearm.hub.device.DeviceState;
import io.tonearm.hub.device.DeviceTimeoutException;
import io.tonearm.hub.device.PlaybackStatus;
import io.tonearm.protocol.Topics;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The player: what the phone app sees and asks for, turned into device commands. Blocking. */
@Singleton
public class PlayerService {

    private static final Logger log = LoggerFactory.getLogger(PlayerService.class);

    private final DeviceRegistry registry;
    private final DeviceCommands commands;
    private final SessionStore sessions;
    private final TrackCatalog catalog;
    private final Clock clock;

    public PlayerService(DeviceRegistry registry, DeviceCommands commands, SessionStore sessions,
            TrackCatalog catalog, Clock clock) {
        this.registry = registry;
        this.commands = commands;
        this.sessions = sessions;
        this.catalog = catalog;
        this.clock = clock;
    }

    public List<DeviceView> devices(String user) {
        Optional<String> active = sessions.get(user).activeDeviceId();
        return registry.listed().stream()
                .map(d -> DeviceView.of(d, active.filter(d.id()::equals).isPresent()))
                .collect(Collectors.toList());
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

    /** Empty when the user has no active device that is online. */
    public Optional<PlaybackView> playback(String user) {
        Optional<Device> active = sessions.get(user).activeDeviceId().flatMap(registry::find).filter(Device::listed);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Device device = active.get();
        Instant now = clock.instant();
        Optional<Device.Reported> reported = device.state();
        Optional<DeviceState> state = reported.map(Device.Reported::state);
        return Optional.of(new PlaybackView(DeviceView.of(device, true),
                state.map(s -> s.status() == PlaybackStatus.PLAYING).orElse(false),
                reported.map(r -> Progress.at(r, now)).orElse(null),
                reported.map(Device.Reported::receivedAt).orElse(now).toEpochMilli(),
                "track", false, "off", state.flatMap(this::item).orElse(null)));
    }

    private Optional<JsonNode> item(DeviceState state) {
        return state.trackId().map(id -> catalog.track(id).orElseGet(() -> {
            Map<String, JsonNode> fallback = new LinkedHashMap<>();
            fallback.put("id", JsonNode.createStringNode(id));
            fallback.put("uri", JsonNode.createStringNode(state.trackUri().orElseThrow()));
            fallback.put("type", JsonNode.createStringNode("track"));
            fallback.put("duration_ms", JsonNode.createNumberNode(state.durationMs()));
            return JsonNode.createObjectNode(fallback);
        }));
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
                throw PlayerException.rejected(PlayerException.Failure.COMMAND_FAILED, ack.reason());
            default:
                throw new AssertionError("unhandled outcome " + ack.outcome());
        }
    }
}
