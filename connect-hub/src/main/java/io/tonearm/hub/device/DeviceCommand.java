package io.tonearm.hub.device;

import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.WireLimits;
import java.util.List;

/** What the hub asks a device to do (hub → device). Dispatch with {@link Visitor}. */
public sealed interface DeviceCommand {

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R play(Play play);

        R pause(Pause pause);

        R resume(Resume resume);

        R seek(Seek seek);

        R setVolume(SetVolume setVolume);

        R next(Next next);

        R previous(Previous previous);

        R setRepeat(SetRepeat setRepeat);

        R stop(Stop stop);

        R prepare(Prepare prepare);

        R start(Start start);

        R clockProbe(ClockProbe probe);

        R keepOffline(KeepOffline keepOffline);
    }

    /**
     * Keep {@code trackUris} for offline play in the device's cache; {@code contextUri} names the album
     * or playlist they came from, when they did.
     */
    record KeepOffline(List<String> trackUris, java.util.Optional<String> contextUri) implements DeviceCommand {
        public KeepOffline {
            trackUris = List.copyOf(trackUris);
            if (trackUris.isEmpty() || trackUris.size() > WireLimits.MAX_QUEUE) {
                throw new IllegalArgumentException("keep offline needs 1 to " + WireLimits.MAX_QUEUE + " tracks");
            }
            for (String uri : trackUris) {
                if (!WireCodec.TRACK_URI.matcher(uri).matches()) {
                    throw new IllegalArgumentException("malformed track uri");
                }
            }
            if (contextUri == null) {
                throw new IllegalArgumentException("contextUri must be present or empty, not null");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.keepOffline(this);
        }

        @Override
        public String toString() {
            return "Keep offline " + trackUris.size() + " tracks" + contextUri.map(c -> " of " + c).orElse("");
        }
    }

    /** Play {@code trackUris[index]} from {@code positionMs}, then the tracks after it, repeating as {@code repeat}. */
    record Play(List<String> trackUris, int index, long positionMs, RepeatMode repeat) implements DeviceCommand {
        public Play(List<String> trackUris, int index, long positionMs) {
            this(trackUris, index, positionMs, RepeatMode.OFF);
        }

        public Play {
            if (repeat == null) {
                throw new IllegalArgumentException("repeat is required");
            }
            trackUris = List.copyOf(trackUris);
            if (trackUris.isEmpty() || trackUris.size() > WireLimits.MAX_QUEUE) {
                throw new IllegalArgumentException("play needs 1 to " + WireLimits.MAX_QUEUE + " tracks");
            }
            for (String uri : trackUris) {
                if (!WireCodec.TRACK_URI.matcher(uri).matches()) {
                    throw new IllegalArgumentException("malformed track uri");
                }
            }
            if (index < 0 || index >= trackUris.size()) {
                throw new IllegalArgumentException("index " + index + " outside the " + trackUris.size() + " tracks");
            }
            if (positionMs < 0) {
                throw new IllegalArgumentException("position must not be negative");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.play(this);
        }

        @Override
        public String toString() {
            return "Play " + trackUris.size() + " track(s) from " + trackUris.get(index) + " at " + positionMs + " ms"
                    + (repeat == RepeatMode.OFF ? "" : ", repeat " + repeat.spotifyName());
        }
    }

    record Pause() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.pause(this);
        }

        @Override
        public String toString() {
            return "Pause";
        }
    }

    record Resume() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.resume(this);
        }

        @Override
        public String toString() {
            return "Resume";
        }
    }

    /** Move to {@code positionMs} in the current track, keeping playing or paused as it is. */
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

        @Override
        public String toString() {
            return "Seek to " + positionMs + " ms";
        }
    }

    /** Set the device's own volume, 0 to 100. */
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

        @Override
        public String toString() {
            return "Set volume to " + volumePercent + " %";
        }
    }

    /** Skip to the next track of the device's queue; a device at the end answers FAILED, code no_next_track. */
    record Next() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.next(this);
        }

        @Override
        public String toString() {
            return "Next";
        }
    }

    /** Back one track, or to the start of this one when the device is more than a few seconds in. */
    record Previous() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.previous(this);
        }

        @Override
        public String toString() {
            return "Previous";
        }
    }

    /** Repeat nothing, the current track, or the whole list. */
    record SetRepeat(RepeatMode mode) implements DeviceCommand {
        public SetRepeat {
            if (mode == null) {
                throw new IllegalArgumentException("mode is required");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.setRepeat(this);
        }

        @Override
        public String toString() {
            return "Set repeat " + mode.spotifyName();
        }
    }

    /** Stop and let go of what is loaded (e.g. a target whose transfer was abandoned). */
    record Stop() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.stop(this);
        }
    }

    /**
     * Handoff, first half: load the tracks and decode up to {@code positionMs} without sound; the
     * device acks once the first sample is ready.
     */
    record Prepare(List<String> trackUris, int index, long positionMs, RepeatMode repeat) implements DeviceCommand {
        public Prepare(List<String> trackUris, int index, long positionMs) {
            this(trackUris, index, positionMs, RepeatMode.OFF);
        }

        public Prepare {
            trackUris = new Play(trackUris, index, positionMs, repeat).trackUris();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.prepare(this);
        }

        @Override
        public String toString() {
            return "Prepare " + trackUris.get(index) + " at " + positionMs + " ms";
        }
    }

    /** Handoff, second half: sound the prepared track from {@code positionMs}. */
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

        @Override
        public String toString() {
            return "Start at " + positionMs + " ms";
        }
    }

    /** Reads the device's clock: acked at once, changes nothing. */
    record ClockProbe() implements DeviceCommand {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.clockProbe(this);
        }
    }
}
