package io.tonearm.agent.session;

import io.tonearm.agent.playback.RepeatMode;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import java.util.List;
import java.util.Optional;

/** What the hub asks a device to do. Dispatch with {@link Visitor}, so no kind is forgotten. */
public sealed interface DeviceCommand {

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R play(Play play);

        R pause(Pause pause);

        R resume(Resume resume);

        R stop(Stop stop);

        R seek(Seek seek);

        R setVolume(SetVolume setVolume);

        R next(Next next);

        R previous(Previous previous);

        R prepare(Prepare prepare);

        R start(Start start);

        R clockProbe(ClockProbe probe);

        R setRepeat(SetRepeat setRepeat);

        R keepOffline(KeepOffline keepOffline);
    }

    /** Play {@code tracks[index]} from {@code positionMs}, then the tracks after it. */
    record Play(List<TrackRef> tracks, int index, long positionMs, Optional<Quality> quality,
                Optional<RepeatMode> repeat) implements DeviceCommand {

        /** A play that leaves the repeat mode as it is. */
        public Play(List<TrackRef> tracks, int index, long positionMs, Optional<Quality> quality) {
            this(tracks, index, positionMs, quality, Optional.empty());
        }

        public Play {
            if (repeat == null) {
                throw new IllegalArgumentException("repeat must be present or empty, not null");
            }
            tracks = List.copyOf(tracks);
            if (tracks.isEmpty()) {
                throw new IllegalArgumentException("play needs at least one track");
            }
            if (index < 0 || index >= tracks.size()) {
                throw new IllegalArgumentException("index " + index + " outside the " + tracks.size() + " tracks");
            }
            if (positionMs < 0) {
                throw new IllegalArgumentException("position must not be negative");
            }
            if (quality == null) {
                throw new IllegalArgumentException("quality must be present or empty, not null");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.play(this);
        }
    }

    record Pause() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.pause(this);
        }
    }

    record Resume() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.resume(this);
        }
    }

    record Stop() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.stop(this);
        }
    }

    record Seek(long positionMs) implements DeviceCommand {
        public Seek {
            if (positionMs < 0) {
                throw new IllegalArgumentException("position must not be negative");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.seek(this);
        }
    }

    record SetVolume(int volumePercent) implements DeviceCommand {
        public SetVolume {
            if (volumePercent < 0 || volumePercent > 100) {
                throw new IllegalArgumentException("volume must be 0-100: " + volumePercent);
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.setVolume(this);
        }
    }

    record Next() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.next(this);
        }
    }

    record Previous() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.previous(this);
        }
    }

    /**
     * First half of a handoff: load {@code tracks[index]}, fetch and decode up to {@code positionMs}
     * and hold there without sound. The device acks only once the first sample is ready.
     */
    record Prepare(List<TrackRef> tracks, int index, long positionMs, Optional<Quality> quality,
                   Optional<RepeatMode> repeat) implements DeviceCommand {

        public Prepare(List<TrackRef> tracks, int index, long positionMs, Optional<Quality> quality) {
            this(tracks, index, positionMs, quality, Optional.empty());
        }

        public Prepare {
            Play checked = new Play(tracks, index, positionMs, quality, repeat);
            tracks = checked.tracks();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.prepare(this);
        }
    }

    /** Second half of a handoff: sound the prepared track from {@code positionMs} (at or after the prepared position). */
    record Start(long positionMs) implements DeviceCommand {
        public Start {
            if (positionMs < 0) {
                throw new IllegalArgumentException("position must not be negative");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.start(this);
        }
    }

    /** A clock-synchronisation probe: acked at once, changes nothing, whatever its session version. */
    record ClockProbe() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.clockProbe(this);
        }
    }

    /** Keep {@code tracks} for offline play; acked once they are kept (or could not be). */
    record KeepOffline(List<TrackRef> tracks) implements DeviceCommand {
        public KeepOffline {
            tracks = List.copyOf(tracks);
            if (tracks.isEmpty()) {
                throw new IllegalArgumentException("keep offline needs at least one track");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.keepOffline(this);
        }
    }

    /** What follows the current track from now on. */
    record SetRepeat(RepeatMode mode) implements DeviceCommand {
        public SetRepeat {
            if (mode == null) {
                throw new IllegalArgumentException("repeat mode is required");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.setRepeat(this);
        }
    }
}
