package io.tonearm.agent.session;

import io.tonearm.agent.playback.Player;
import io.tonearm.agent.stream.BufferHealth;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubTransport;
import java.util.List;
import java.util.Optional;

/** The session's state and the reports it makes. Touched only on the session thread. */
final class SessionState {
    private final HubTransport transport;
    private final TimeSource time;
    private Player player;
    private PlaybackStatus status = PlaybackStatus.IDLE;
    private List<TrackRef> queue = List.of();
    private int index;
    private long generation = -1;
    private long durationMs;
    private long heldPositionMs;
    private Optional<Quality> quality = Optional.empty();
    private int volume;
    private boolean paused;
    private long version;

    SessionState(SessionContext context) {
        this.transport = context.transport();
        this.time = context.time();
        this.volume = context.initialVolume();
    }

    void attach(Player p) {
        this.player = p;
    }

    boolean isPlaying() {
        return status == PlaybackStatus.PLAYING;
    }

    Optional<TrackRef> track() {
        return queue.isEmpty() ? Optional.empty() : Optional.of(queue.get(index));
    }

    List<TrackRef> queue() {
        return queue;
    }

    int index() {
        return index;
    }

    boolean paused() {
        return paused;
    }

    int volume() {
        return volume;
    }

    long positionMs() {
        return player.positionMs().orElse(heldPositionMs);
    }

    void versionApplied(long v) {
        version = Math.max(version, v);
    }

    // ---- changes requested by commands

    void playRequested(long gen, List<TrackRef> newQueue, int newIndex, long positionMs, boolean startPaused) {
        generation = gen;
        queue = List.copyOf(newQueue);
        index = newIndex;
        heldPositionMs = positionMs;
        paused = startPaused;
        status = PlaybackStatus.LOADING;
        publish();
    }

    void pausedByCommand() {
        paused = true;
        heldPositionMs = positionMs();
        if (status == PlaybackStatus.PLAYING || status == PlaybackStatus.LOADING) {
            status = PlaybackStatus.PAUSED;
        }
        event(DeviceEvent.Kind.PAUSED, "", "");
        publish();
    }

    void resumedByCommand() {
        paused = false;
        if (status == PlaybackStatus.PAUSED) {
            status = PlaybackStatus.PLAYING;
        }
        event(DeviceEvent.Kind.RESUMED, "", "");
        publish();
    }

    void stoppedByCommand() {
        heldPositionMs = positionMs();
        generation = -1;
        paused = false;
        status = PlaybackStatus.STOPPED;
        event(DeviceEvent.Kind.STOPPED, "", "");
        publish();
    }

    void volumeChanged(int percent) {
        volume = percent;
        event(DeviceEvent.Kind.VOLUME_CHANGED, "", "");
        publish();
    }

    void seeked(long gen, long positionMs) {
        generation = gen;
        heldPositionMs = positionMs;
        event(DeviceEvent.Kind.SEEKED, "", "");
        publish();
    }

    // ---- news from the player; news of a replaced generation is ignored

    void loading(long gen, int queueIndex, StreamTicket ticket) {
        if (gen != generation) {
            return;
        }
        index = queueIndex;
        durationMs = ticket.durationMs();
        quality = Optional.of(ticket.quality());
    }

    void started(long gen, int queueIndex, long positionMs) {
        if (gen != generation) {
            return;
        }
        index = queueIndex;
        heldPositionMs = positionMs;
        status = paused ? PlaybackStatus.PAUSED : PlaybackStatus.PLAYING;
        // The position of the track's first sample, exactly, whatever the play head reads by now.
        transport.publishEvent(new DeviceEvent(DeviceEvent.Kind.TRACK_STARTED, time.currentTimeMillis(), track(),
                positionMs, volume, "", ""));
        publish();
    }

    void completed(long gen, TrackRef track) {
        if (gen == generation) {
            transport.publishEvent(new DeviceEvent(DeviceEvent.Kind.TRACK_COMPLETED, time.currentTimeMillis(),
                    Optional.of(track), durationMs, volume, "", ""));
        }
    }

    void failed(long gen, TrackRef track, String code, String message) {
        if (gen != generation) {
            return;
        }
        status = PlaybackStatus.ERROR;
        heldPositionMs = 0;
        transport.publishEvent(new DeviceEvent(DeviceEvent.Kind.ERROR, time.currentTimeMillis(), Optional.of(track),
                0, volume, code, message.length() > 256 ? message.substring(0, 256) : message));
        publish();
    }

    /** An underrun event, for the hub and the {@code --onevent} hook ({@code underrun}). */
    void underrun(long gen, long positionMs) {
        if (gen == generation) {
            transport.publishEvent(new DeviceEvent(DeviceEvent.Kind.UNDERRUN, time.currentTimeMillis(), track(),
                    positionMs, volume, "", ""));
        }
    }

    void queueEnded(long gen) {
        if (gen == generation) {
            status = PlaybackStatus.STOPPED;
            heldPositionMs = durationMs;
            publish();
        }
    }

    // ---- reports

    PlaybackState snapshot() {
        long position = status == PlaybackStatus.PLAYING || status == PlaybackStatus.PAUSED ? positionMs() : heldPositionMs;
        BufferHealth health = player == null ? BufferHealth.NONE : player.bufferHealth();
        return new PlaybackState(status, track(), Math.max(0, position), time.currentTimeMillis(), durationMs, volume,
                (int) Math.min(Integer.MAX_VALUE, health.bufferedMs()), health.underruns(), quality, version, queue, index);
    }

    void publish() {
        transport.publishState(snapshot());
    }

    private void event(DeviceEvent.Kind kind, String code, String message) {
        transport.publishEvent(new DeviceEvent(kind, time.currentTimeMillis(), track(), Math.max(0, positionMs()),
                volume, code, message));
    }
}
