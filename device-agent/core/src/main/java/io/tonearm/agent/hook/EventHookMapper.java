package io.tonearm.agent.hook;

import io.tonearm.agent.session.DeviceEvent;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.stream.TrackRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the device's events into librespot-style hook events. Keeps the last track started (for
 * {@code changed}) and the last reported duration. Used by one thread at a time (the caller
 * synchronises).
 *
 * <pre>
 * TRACK_STARTED   → started (and changed, first, when another track played before)
 * RESUMED         → playing        PAUSED → paused        STOPPED → stopped
 * TRACK_COMPLETED → end_of_track   SEEKED → seeked        VOLUME_CHANGED → volume_set
 * UNDERRUN        → underrun       ERROR  → error
 * </pre>
 */
final class EventHookMapper {
    private Optional<TrackRef> lastStarted = Optional.empty();

    List<HookEvent> map(DeviceEvent e, long durationMs) {
        List<HookEvent> out = new ArrayList<>(2);
        DeviceEvent.Kind k = e.kind();
        if (k == DeviceEvent.Kind.TRACK_STARTED) {
            if (lastStarted.isPresent() && !lastStarted.equals(e.track())) {
                Map<String, String> vars = common(e, durationMs);
                vars.put("OLD_TRACK_ID", lastStarted.get().id());
                out.add(new HookEvent("changed", vars));
            }
            lastStarted = e.track();
            out.add(new HookEvent("started", common(e, durationMs)));
        } else if (k == DeviceEvent.Kind.RESUMED) {
            out.add(new HookEvent("playing", common(e, durationMs)));
        } else if (k == DeviceEvent.Kind.PAUSED) {
            out.add(new HookEvent("paused", common(e, durationMs)));
        } else if (k == DeviceEvent.Kind.STOPPED) {
            out.add(new HookEvent("stopped", common(e, durationMs)));
        } else if (k == DeviceEvent.Kind.TRACK_COMPLETED) {
            out.add(new HookEvent("end_of_track", common(e, durationMs)));
        } else if (k == DeviceEvent.Kind.SEEKED) {
            out.add(new HookEvent("seeked", common(e, durationMs)));
        } else if (k == DeviceEvent.Kind.VOLUME_CHANGED) {
            out.add(new HookEvent("volume_set", common(e, durationMs)));
        } else if (k == DeviceEvent.Kind.UNDERRUN) {
            out.add(new HookEvent("underrun", common(e, durationMs)));
        } else if (k == DeviceEvent.Kind.ERROR) {
            Map<String, String> vars = common(e, durationMs);
            vars.put("ERROR", e.errorCode());
            vars.put("ERROR_MESSAGE", e.message());
            out.add(new HookEvent("error", vars));
        } else {
            throw new AssertionError("unmapped event kind " + k);
        }
        return out;
    }

    /** The duration to report with an event: the state's, when the state is about the event's track. */
    static long durationFor(DeviceEvent e, Optional<PlaybackState> state) {
        return state.filter(s -> s.track().equals(e.track())).map(PlaybackState::durationMs).orElse(0L);
    }

    private static Map<String, String> common(DeviceEvent e, long durationMs) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("TRACK_ID", e.track().map(TrackRef::id).orElse(""));
        vars.put("TRACK_URI", e.track().map(TrackRef::uri).orElse(""));
        vars.put("POSITION_MS", Long.toString(e.positionMs()));
        vars.put("DURATION_MS", Long.toString(durationMs));
        vars.put("VOLUME", Integer.toString(e.volumePercent()));
        vars.put("TIMESTAMP_MS", Long.toString(e.timestampMs()));
        return vars;
    }
}
