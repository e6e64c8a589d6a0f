package io.tonearm.hub.voice;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceRegistry;
import io.tonearm.hub.handoff.HandoffService;
import io.tonearm.hub.http.ApiException;
import io.tonearm.hub.player.CurrentlyPlayingView;
import io.tonearm.hub.player.PlayRequest;
import io.tonearm.hub.player.PlayerService;
import io.tonearm.hub.player.PlayerViews;
import io.tonearm.hub.session.Sessions;
import io.tonearm.protocol.WireLimits;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Carries out voice intents through the same player and handoff services the REST API uses, and
 * answers in words an assistant can speak. Never throws for anything a person said. Blocking.
 */
@Singleton
public class VoiceService {
    static final int VOLUME_STEP = 10;

    private final PlayerService player;
    private final HandoffService handoff;
    private final PlayerViews views;
    private final DeviceRegistry registry;
    private final Sessions sessions;
    private final CatalogSearch search;

    public VoiceService(PlayerService player, HandoffService handoff, PlayerViews views, DeviceRegistry registry,
                        Sessions sessions, CatalogSearch search) {
        this.player = player;
        this.handoff = handoff;
        this.views = views;
        this.registry = registry;
        this.sessions = sessions;
        this.search = search;
    }

    public VoiceAnswer handle(String user, VoiceIntent intent, Optional<String> authorization) {
        Optional<Device> device = Optional.empty();
        if (intent.device().isPresent()) {
            DeviceNameMatcher.Match match = DeviceNameMatcher.match(intent.device().get(), candidates());
            if (match instanceof DeviceNameMatcher.Match.NotFound) {
                return VoiceAnswer.of("unknown_device", "I don't know a device called \"" + intent.device().get()
                        + "\". " + knownDevices());
            }
            if (match instanceof DeviceNameMatcher.Match.Ambiguous a) {
                return VoiceAnswer.of("ambiguous_device", "Which one do you mean: " + a.devices().stream()
                        .map(DeviceNameMatcher.Candidate::name).collect(Collectors.joining(" or ")) + "?");
            }
            device = registry.find(((DeviceNameMatcher.Match.Found) match).device().id());
        }
        try {
            return carryOut(user, intent, device, authorization);
        } catch (ApiException e) {
            return VoiceAnswer.of("failed", "Sorry, that didn't work: " + e.publicMessage() + ".");
        }
    }

    private VoiceAnswer carryOut(String user, VoiceIntent intent, Optional<Device> device,
                                 Optional<String> authorization) {
        Optional<String> id = device.map(Device::id);
        String where = device.map(d -> " on the " + d.displayName()).orElse("");
        switch (intent.kind()) {
            case PLAY:
                return play(user, intent.query().orElse(""), device, authorization);
            case PAUSE:
                player.pause(user, id);
                return VoiceAnswer.done("Paused" + where + ".");
            case RESUME:
                player.play(user, id, Optional.empty());
                return VoiceAnswer.done("Resuming" + where + ".");
            case NEXT:
                player.next(user, id);
                return VoiceAnswer.done("Skipping to the next track.");
            case PREVIOUS:
                player.previous(user, id);
                return VoiceAnswer.done("Going back.");
            case VOLUME_SET:
                return volume(user, id, intent.volumePercent().orElseThrow(), where);
            case VOLUME_UP:
            case VOLUME_DOWN:
                int now = currentVolume(user, id);
                int step = intent.kind() == VoiceIntent.Kind.VOLUME_UP ? VOLUME_STEP : -VOLUME_STEP;
                return volume(user, id, Math.max(0, Math.min(100, now + step)), where);
            case TRANSFER:
                Device target = device.orElseThrow();
                handoff.transfer(user, target.id(), true);
                return VoiceAnswer.done("Moving the music to the " + target.displayName() + ".");
            case WHAT_IS_PLAYING:
                return whatIsPlaying(user);
            default:
                throw new AssertionError("unhandled intent " + intent.kind());
        }
    }

    private VoiceAnswer play(String user, String query, Optional<Device> device, Optional<String> authorization) {
        List<CatalogSearch.Found> found;
        try {
            found = search.tracks(query, authorization);
        } catch (CatalogSearch.Unavailable e) {
            return VoiceAnswer.of("failed", "Sorry, I can't search the music right now.");
        }
        if (found.isEmpty()) {
            return VoiceAnswer.of("nothing_found", "I couldn't find anything for \"" + query + "\".");
        }
        List<String> uris = found.stream().map(CatalogSearch.Found::uri).distinct().toList();
        player.play(user, device.map(Device::id), Optional.of(new PlayRequest.Checked(Optional.empty(),
                uris.subList(0, Math.min(uris.size(), WireLimits.MAX_QUEUE)), Optional.empty(), Optional.empty(), 0)));
        CatalogSearch.Found first = found.get(0);
        String target = device.or(() -> sessions.get(user).activeDeviceId().flatMap(registry::find))
                .map(d -> " on the " + d.displayName()).orElse("");
        return VoiceAnswer.done("Playing " + first.name() + (first.artist().isEmpty() ? "" : " by " + first.artist())
                + target + ".");
    }

    private VoiceAnswer volume(String user, Optional<String> id, int percent, String where) {
        player.volume(user, id, percent);
        return VoiceAnswer.done("Volume " + percent + " percent" + where + ".");
    }

    private int currentVolume(String user, Optional<String> id) {
        return id.or(() -> sessions.get(user).activeDeviceId()).flatMap(registry::find)
                .flatMap(Device::volumePercent).orElse(50);
    }

    private VoiceAnswer whatIsPlaying(String user) {
        Optional<CurrentlyPlayingView> now = views.currentlyPlaying(user);
        Optional<JsonNode> item = now.map(CurrentlyPlayingView::item);
        if (now.isEmpty() || item.isEmpty() || item.get().get("name") == null) {
            return VoiceAnswer.done("Nothing is playing right now.");
        }
        JsonNode artists = item.get().get("artists");
        String artist = artists != null && artists.isArray() && artists.size() > 0 && artists.get(0).get("name") != null
                ? " by " + artists.get(0).get("name").coerceStringValue() : "";
        String state = now.get().isPlaying() ? "This is " : "Paused: ";
        return VoiceAnswer.done(state + item.get().get("name").coerceStringValue() + artist + ".");
    }

    private List<DeviceNameMatcher.Candidate> candidates() {
        return registry.listed().stream().map(d -> new DeviceNameMatcher.Candidate(d.id(), d.displayName())).toList();
    }

    private String knownDevices() {
        List<Device> listed = registry.listed();
        if (listed.isEmpty()) {
            return "No devices are online.";
        }
        return "You have: " + listed.stream().map(Device::displayName).collect(Collectors.joining(", ")) + ".";
    }
}
