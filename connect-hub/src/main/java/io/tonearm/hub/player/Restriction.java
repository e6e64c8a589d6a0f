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
    VOLUME_CONTROL_DISALLOW("Player command failed: Cannot control device volume");

    private final String message;

    Restriction(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /**
     * The restriction a FAILED ack means, when the device gave the agent's reason for it
     * ({@code "no next track"}, {@code "no previous track"}, {@code "nothing to seek in"}); empty for any
     * other failure, which stays a 502.
     */
    static Optional<Restriction> ofFailure(DeviceCommand command, String deviceReason) {
        String reason = deviceReason.trim();
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
                return when(reason.equalsIgnoreCase("nothing to seek in"), NOT_PLAYING_TRACK);
            }

            @Override
            public Optional<Restriction> setVolume(DeviceCommand.SetVolume setVolume) {
                return Optional.empty();
            }

            @Override
            public Optional<Restriction> next(DeviceCommand.Next next) {
                return when(reason.equalsIgnoreCase("no next track"), NO_NEXT_TRACK);
            }

            @Override
            public Optional<Restriction> previous(DeviceCommand.Previous previous) {
                return when(reason.equalsIgnoreCase("no previous track"), NO_PREV_TRACK);
            }
        });
    }

    private static Optional<Restriction> when(boolean matches, Restriction restriction) {
        return matches ? Optional.of(restriction) : Optional.empty();
    }
}
