package io.tonearm.hub.session;

import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceReportListener;
import io.tonearm.hub.device.DeviceState;
import io.tonearm.hub.device.PlaybackStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps sessions in step with what their active device reports: a track change on the device moves the
 * index, play and pause move the position anchor, the volume is the device's. A report whose list is
 * not the session's (the device was told to play by another hub, or this hub lost its memory) is
 * taken as the new play order. When no session names the device, its last controller (the registry
 * remembers who) gets it back as the active device: a restarted hub rebuilds its sessions this way.
 */
@Singleton
public class SessionFollower implements DeviceReportListener {

    private static final Logger log = LoggerFactory.getLogger(SessionFollower.class);
    /** Drift below this is extrapolation noise, not a change worth a new version. */
    static final long DRIFT_MS = 1000;

    private final Sessions sessions;

    public SessionFollower(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void stateReported(Device device, Device.Reported report) {
        try {
            List<String> users = sessions.usersPlayingOn(device.id());
            if (users.isEmpty() && device.lastController().isPresent() && loaded(report.state())) {
                users = List.of(device.lastController().get());
            }
            for (String user : users) {
                sessions.update(user, s -> follow(s, device.id(), report.state(), report.receivedAt()));
            }
        } catch (RuntimeException e) {
            log.warn("Could not follow the state of {}: {}", device.id(), e.toString());
        }
    }

    private static boolean loaded(DeviceState state) {
        return state.trackUri().isPresent() && !state.queue().isEmpty();
    }

    /** The session after {@code deviceId} reported {@code state} at {@code now} (hub clock). Pure. */
    static PlaybackSession follow(PlaybackSession s, String deviceId, DeviceState state, Instant now) {
        if (s.activeDeviceId().filter(id -> !id.equals(deviceId)).isPresent()) {
            return s;
        }
        PlaybackSession withVolume = s.withVolume(deviceId, state.volumePercent());
        boolean playing = state.status() == PlaybackStatus.PLAYING;
        if (!loaded(state) || state.queueIndex() >= state.queue().size()) {
            return s.activeDeviceId().isPresent() && s.playing() && !playing
                    ? withVolume.at(deviceId, false, s.positionAt(now), now) : withVolume;
        }
        long position = state.positionMs();
        String track = state.trackUri().orElseThrow();
        int index = state.queueIndex();
        if (!state.queue().equals(s.playOrder())) {
            if (s.playOrder().containsAll(state.queue()) && s.playOrder().contains(track)) {
                // An older list of ours (before a queue add or a reshuffle reached the device): keep ours.
                index = s.currentTrack().filter(track::equals).isPresent() ? s.index() : s.playOrder().indexOf(track);
            } else {
                boolean sameContext = s.contextTracks().containsAll(state.queue());
                PlaybackSession adopted = withVolume.started(deviceId, sameContext ? s.context() : Optional.empty(),
                        sameContext ? s.contextTracks() : state.queue(), state.queue(), index, position, now);
                return adopted.at(deviceId, playing, position, now);
            }
        }
        boolean moved = index != s.index() || playing != s.playing()
                || Math.abs(s.positionAt(now) - position) > DRIFT_MS || s.activeDeviceId().isEmpty();
        return moved ? withVolume.movedTo(index, playing, position, now).at(deviceId, playing, position, now)
                : withVolume;
    }
}
