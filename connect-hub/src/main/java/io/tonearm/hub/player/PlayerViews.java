package io.tonearm.hub.player;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.HubConfig;
import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceRegistry;
import io.tonearm.hub.device.DeviceState;
import io.tonearm.hub.device.PlaybackStatus;
import io.tonearm.hub.device.RepeatMode;
import io.tonearm.hub.session.PlaybackContext;
import io.tonearm.hub.session.PlaybackSession;
import io.tonearm.hub.session.Sessions;
import io.tonearm.protocol.WireCodec;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the phone app reads: devices, playback, the current track and the queue, from the registry's
 * reports and the control plane's track objects. Blocking (catalog look-ups); sends no commands.
 */
@Singleton
public class PlayerViews {

    private final DeviceRegistry registry;
    private final Sessions sessions;
    private final TrackCatalog catalog;
    private final Clock clock;
    private final String controlBase;

    public PlayerViews(DeviceRegistry registry, Sessions sessions, TrackCatalog catalog, Clock clock, HubConfig config) {
        this.registry = registry;
        this.sessions = sessions;
        this.catalog = catalog;
        this.clock = clock;
        this.controlBase = config.controlBase().toString();
    }

    public List<DeviceView> devices(String user) {
        Optional<String> active = sessions.get(user).activeDeviceId();
        return registry.listed().stream()
                .map(d -> DeviceView.of(d, active.filter(d.id()::equals).isPresent()))
                .collect(Collectors.toList());
    }

    /**
     * Empty when the user has no active device that is online. Playing, progress and item are what the
     * device last reported; shuffle, repeat and context are the session's.
     */
    public Optional<PlaybackView> playback(String user) {
        PlaybackSession session = sessions.get(user);
        return active(session).map(device -> {
            Instant now = clock.instant();
            Optional<Device.Reported> reported = device.state();
            Optional<DeviceState> state = reported.map(Device.Reported::state);
            boolean playing = state.map(s -> s.status() == PlaybackStatus.PLAYING).orElse(false);
            return new PlaybackView(DeviceView.of(device, true), playing,
                    reported.map(r -> Progress.at(r, now)).orElse(null),
                    reported.map(Device.Reported::receivedAt).orElse(now).toEpochMilli(),
                    "track", session.shuffle(), session.repeat().spotifyName(), state.flatMap(this::current).orElse(null),
                    session.context().map(this::context).orElse(null),
                    new PlaybackView.Actions(disallows(session, state, playing)));
        });
    }

    private PlaybackView.ContextView context(PlaybackContext c) {
        return new PlaybackView.ContextView(c.type().wireName(), c.uri(),
                controlBase + "/v1/" + c.type().wireName() + "s/" + c.id());
    }

    /** Spotify's disallows: only the actions that are not possible now, each true. */
    private static Map<String, Boolean> disallows(PlaybackSession session, Optional<DeviceState> state, boolean playing) {
        Map<String, Boolean> d = new TreeMap<>();
        boolean loaded = state.flatMap(DeviceState::trackUri).isPresent();
        if (playing) {
            d.put("resuming", true);
        } else {
            d.put("pausing", true);
        }
        if (!loaded) {
            d.put("seeking", true);
            d.put("skipping_prev", true);
            d.put("toggling_shuffle", true);
        }
        boolean last = state.map(s -> s.queueIndex() + 1 >= s.queue().size()).orElse(true);
        if (!loaded || (last && session.repeat() == RepeatMode.OFF)) {
            d.put("skipping_next", true);
        }
        return d;
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
        PlaybackSession session = sessions.get(user);
        Optional<Device> device = active(session);
        Optional<DeviceState> state = device.flatMap(Device::state).map(Device.Reported::state);
        boolean ours = device.isPresent() && !session.playOrder().isEmpty()
                && state.map(s -> s.trackUri().isPresent() && session.playOrder().containsAll(s.queue())).orElse(true);
        if (ours) {
            String current = session.currentTrack().orElseThrow();
            OptionalLong duration = state.filter(s -> s.trackUri().filter(current::equals).isPresent())
                    .map(s -> OptionalLong.of(s.durationMs())).orElse(OptionalLong.empty());
            return new QueueView(track(current, duration), session.upNext().stream().limit(QueueView.MAX_ITEMS)
                    .map(uri -> track(uri, OptionalLong.empty())).collect(Collectors.toList()));
        }
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

    private Optional<Device> active(PlaybackSession session) {
        return session.activeDeviceId().flatMap(registry::find).filter(Device::listed);
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
