package io.tonearm.sim.fleet;

import io.tonearm.agent.session.DeviceCommand;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import java.util.List;
import java.util.Optional;

/**
 * The player of a fleet device, as a model: what state a real agent would report after each
 * command, without fetching or decoding audio. Position is anchored to the wall clock while
 * playing. Not thread-safe: owned by its {@link FleetDevice} under that device's lock.
 */
final class FleetPlayback {
    private PlaybackStatus status = PlaybackStatus.IDLE;
    private List<TrackRef> queue = List.of();
    private int index;
    private long positionMs;
    private long anchorMs = System.currentTimeMillis();
    private int volume = 50;

    /** Applies {@code c}; returns empty when applied, else the reason it failed (as the agent would). */
    String apply(DeviceCommand c) {
        long now = System.currentTimeMillis();
        positionMs = position(now);
        anchorMs = now;
        if (c instanceof DeviceCommand.SetVolume v) {
            volume = v.volumePercent();
        } else if (c instanceof DeviceCommand.Play p) {
            queue = p.tracks();
            index = p.index();
            positionMs = p.positionMs();
            status = PlaybackStatus.PLAYING;
        } else if (c instanceof DeviceCommand.Pause) {
            status = queue.isEmpty() ? status : PlaybackStatus.PAUSED;
        } else if (c instanceof DeviceCommand.Resume) {
            if (queue.isEmpty()) {
                return "nothing to resume";
            }
            status = PlaybackStatus.PLAYING;
        } else if (c instanceof DeviceCommand.Stop) {
            status = PlaybackStatus.STOPPED;
        } else if (c instanceof DeviceCommand.Seek s) {
            positionMs = s.positionMs();
        } else if (c instanceof DeviceCommand.Next) {
            if (index + 1 >= queue.size()) {
                return "no next track";
            }
            index++;
            positionMs = 0;
        } else if (c instanceof DeviceCommand.Previous) {
            index = positionMs > 3000 || index == 0 ? index : index - 1;
            positionMs = 0;
        } else if (c instanceof DeviceCommand.Prepare || c instanceof DeviceCommand.Start || c instanceof DeviceCommand.ClockProbe) {
            return "the fleet model does not take part in handoffs";
        } else {
            throw new AssertionError("unhandled command " + c);
        }
        return "";
    }

    PlaybackState state(long sessionVersion) {
        long now = System.currentTimeMillis();
        Optional<TrackRef> track = index < queue.size() ? Optional.of(queue.get(index)) : Optional.empty();
        return new PlaybackState(status, track, position(now), now, 0, volume, status == PlaybackStatus.PLAYING ? 2000 : 0, 0,
                track.isPresent() ? Optional.of(Quality.KBPS_160) : Optional.empty(), sessionVersion, queue, index);
    }

    private long position(long now) {
        return status == PlaybackStatus.PLAYING ? positionMs + Math.max(0, now - anchorMs) : positionMs;
    }
}
