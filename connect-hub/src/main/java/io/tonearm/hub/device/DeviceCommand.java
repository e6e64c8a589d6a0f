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
    }

    /** Play {@code trackUris[index]} from {@code positionMs}, then the tracks after it. */
    record Play(List<String> trackUris, int index, long positionMs) implements DeviceCommand {
        public Play {
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
            return "Play " + trackUris.size() + " track(s) from " + trackUris.get(index) + " at " + positionMs + " ms";
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
}
