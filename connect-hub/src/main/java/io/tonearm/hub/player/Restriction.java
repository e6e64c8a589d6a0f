package io.tonearm.hub.player;

import io.tonearm.hub.device.DeviceCommand;
import java.util.Optional;

/**
 * Why a player command is not allowed, as Spotify's Web API says it: a 403 whose body carries the
 * message and a {@code reason} code from Spotify's player error reasons.
 */
public enum Restriction {
    NO_NEXT_TRACK("Player command failed: Restriction violated"),
    NO_PREV_TRACK("Player command failed: Restriction violated"),
    NOT_PLAYING_TRACK("Player command failed: Restriction violated"),
    VOLUME_CONTROL_DISALLOW("Player command failed: Cannot control device volume"),
    /** Tonearm's addition, after VOLUME_CONTROL_DISALLOW: the device's hello says it cannot seek. */
    SEEK_DISALLOW("Player command failed: Cannot seek on this device"),
    /** Tonearm's addition: keep offline on a device without an offline cache. */
    OFFLINE_DISALLOW("Player command failed: The device has no offline cache"),
    /** Play of a context without one playable track. */
    CONTEXT_DISALLOW("Player command failed: Restriction violated");

    private final String message;

    Restriction(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /**
     * The restriction a FAILED ack means, from the ack's stable error code ({@code no_next_track} on
     * Next, {@code no_previous_track} on Previous, {@code nothing_loaded} on Seek; see
     * protocol/README.md); empty for any other failure, which stays a 502.
     */
    static Optional<Restriction> ofFailure(DeviceCommand command, String errorCode) {
        String code = errorCode;
        return command.accept(new DeviceCommand.Visitor<Optional<Restriction>>() {
            @Override
            public Optional<Restriction> play(DeviceCommand.Play play) {
                return Optional.empty();
            }

            @Override
            public Optional<Restriction> pause(DeviceCommand.Pause pause) {
                return Optional.empty();
            }

            @Override
            public Optional<Restriction> resume(DeviceCommand.Resume resume) {
                return Optional.empty();
            }

            @Override
            public Optional<Restriction> seek(DeviceCommand.Seek seek) {
                return when(code.equals("nothing_loaded"), NOT_PLAYING_TRACK);
            }

            @Override
            public Optional<Restriction> setVolume(DeviceCommand.SetVolume setVolume) {
                return Optional.empty();
            }

            @Override
            public Optional<Restriction> next(DeviceCommand.Next next) {
                return when(code.equals("no_next_track"), NO_NEXT_TRACK);
            }

            @Override
            public Optional<Restriction> previous(DeviceCommand.Previous previous) {
                return when(code.equals("no_previous_track"), NO_PREV_TRACK);
            }

            @Override
            public Optional<Restriction> stop(DeviceCommand.Stop stop) {
                return Optional.empty();
            }

            @Override
            public Optional<Restriction> prepare(DeviceCommand.Prepare prepare) {
                return Optional.empty();
            }

            @Override
            public Optional<Restriction> start(DeviceCommand.Start start) {
                return Optional.empty();
            }

            @Override
            public Optional<Restriction> clockProbe(DeviceCommand.ClockProbe probe) {
                return Optional.empty();
            }

            @Override
            public Optional<Restriction> keepOffline(DeviceCommand.KeepOffline keep) {
                return when(code.equals("offline_unavailable"), OFFLINE_DISALLOW);
            }

            @Override
            public Optional<Restriction> setRepeat(DeviceCommand.SetRepeat setRepeat) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Restriction> when(boolean matches, Restriction restriction) {
        return matches ? Optional.of(restriction) : Optional.empty();
    }
}
