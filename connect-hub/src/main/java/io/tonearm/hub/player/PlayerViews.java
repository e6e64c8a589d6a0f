package io.tonearm.hub.player;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceRegistry;
import io.tonearm.hub.device.DeviceState;
import io.tonearm.hub.device.PlaybackStatus;
import io.tonearm.protocol.WireCodec;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * What the phone app reads: devices, playback, the current track and the queue, from the registry's
 * reports and the control plane's track objects. Blocking (catalog look-ups); sends no commands.
 */
@Singleton
public class PlayerViews {

    private final DeviceRegistry registry;
    private final SessionStore sessions;
    private final TrackCatalog catalog;
    private final Clock clock;

    public PlayerViews(DeviceRegistry registry, SessionStore sessions, TrackCatalog catalog, Clock clock) {
        this.registry = registry;
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

    /** Empty when the user has no active device that is online. */
    public Optional<PlaybackView> playback(String user) {
        return active(user).map(device -> {
            Instant now = clock.instant();
            Optional<Device.Reported> reported = device.state();
            Optional<DeviceState> state = reported.map(Device.Reported::state);
            return new PlaybackView(DeviceView.of(device, true),
                    state.map(s -> s.status() == PlaybackStatus.PLAYING).orElse(false),
                    reported.map(r -> Progress.at(r, now)).orElse(null),
                    reported.map(Device.Reported::receivedAt).orElse(now).toEpochMilli(),
                    "track", false, "off", state.flatMap(this::current).orElse(null));
        });
    }

    /** Empty when the user has no active device that is online. */
    public Optional<CurrentlyPlayingView> currentlyPlaying(String user) {
        return playback(user).map(CurrentlyPlayingView::of);
    }

    /**
     * The active device's current track and the tracks after {@code queue_index} in its reported queue.
     * Entries that are not track uris are left out; no active device (or no report) is an empty queue.
     */
    public QueueView queue(String user) {
        Optional<DeviceState> state = active(user).flatMap(Device::state).map(Device.Reported::state);
        if (state.isEmpty()) {
            return QueueView.EMPTY;
        }
        DeviceState s = state.get();
        List<String> reported = s.queue();
        List<JsonNode> next = reported.subList(Math.min(reported.size(), s.queueIndex() + 1), reported.size()).stream()
                .filter(uri -> WireCodec.TRACK_URI.matcher(uri).matches())
                .limit(QueueView.MAX_ITEMS)
                .map(uri -> track(uri, OptionalLong.empty()))
                .collect(Collectors.toList());
        return new QueueView(current(s).orElse(null), next);
    }

    private Optional<Device> active(String user) {
        return sessions.get(user).activeDeviceId().flatMap(registry::find).filter(Device::listed);
    }

    private Optional<JsonNode> current(DeviceState state) {
        return state.trackUri().map(uri -> track(uri, OptionalLong.of(state.durationMs())));
    }

    /**
     * The control plane's track object; when it is unreachable or does not know the track, id, uri and
     * type, with the duration when the device reported one.
     */
    private JsonNode track(String uri, OptionalLong durationMs) {
        String id = uri.substring(uri.lastIndexOf(':') + 1);
        return catalog.track(id).orElseGet(() -> {
            Map<String, JsonNode> fallback = new LinkedHashMap<>();
            fallback.put("id", JsonNode.createStringNode(id));
            fallback.put("uri", JsonNode.createStringNode(uri));
            fallback.put("type", JsonNode.createStringNode("track"));
            durationMs.ifPresent(ms -> fallback.put("duration_ms", JsonNode.createNumberNode(ms)));
            return JsonNode.createObjectNode(fallback);
        });
    }
}
