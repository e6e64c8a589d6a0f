package io.tonearm.hub.player;

import io.micronaut.http.HttpStatus;
import io.tonearm.hub.http.ApiException;
import java.util.Optional;

/** Why a player request failed, with the status and message the caller gets. */
public final class PlayerException extends ApiException {

    /** The kinds of failure; each has one status. */
    public enum Failure {
        BAD_REQUEST(HttpStatus.BAD_REQUEST),
        DEVICE_NOT_FOUND(HttpStatus.NOT_FOUND),
        DEVICE_OFFLINE(HttpStatus.NOT_FOUND),
        NO_ACTIVE_DEVICE(HttpStatus.NOT_FOUND),
        CONTEXT_NOT_FOUND(HttpStatus.NOT_FOUND),
        CATALOG_UNAVAILABLE(HttpStatus.BAD_GATEWAY),
        SESSION_STORE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
        COMMAND_STALE(HttpStatus.CONFLICT),
        COMMAND_INVALID(HttpStatus.BAD_REQUEST),
        COMMAND_FAILED(HttpStatus.BAD_GATEWAY),
        RESTRICTED(HttpStatus.FORBIDDEN),
        BROKER_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
        DEVICE_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT);

        private final HttpStatus status;

        Failure(HttpStatus status) {
            this.status = status;
        }
    }

    private final Failure failure;
    private final Optional<Restriction> restriction;

    private PlayerException(Failure failure, String message) {
        this(failure, message, Optional.empty());
    }

    private PlayerException(Failure failure, String message, Optional<Restriction> restriction) {
        super(failure.status, message);
        this.failure = failure;
        this.restriction = restriction;
    }

    public Failure failure() {
        return failure;
    }

    @Override
    public Optional<String> reason() {
        return restriction.map(Restriction::name);
    }

    /** 403 with Spotify's message and reason, e.g. {@code NO_NEXT_TRACK}. */
    public static PlayerException restricted(Restriction restriction) {
        return new PlayerException(Failure.RESTRICTED, restriction.message(), Optional.of(restriction));
    }

    public static PlayerException badRequest(String message) {
        return new PlayerException(Failure.BAD_REQUEST, message);
    }

    public static PlayerException deviceNotFound() {
        return new PlayerException(Failure.DEVICE_NOT_FOUND, "Device not found");
    }

    public static PlayerException deviceOffline() {
        return new PlayerException(Failure.DEVICE_OFFLINE, "Device is offline");
    }

    /** Spotify's wording. */
    public static PlayerException noActiveDevice() {
        return new PlayerException(Failure.NO_ACTIVE_DEVICE, "Player command failed: No active device found");
    }

    public static PlayerException contextNotFound() {
        return new PlayerException(Failure.CONTEXT_NOT_FOUND, "Context not found");
    }

    /** A context without one playable track: Spotify answers such a play with a restriction. */
    public static PlayerException contextEmpty() {
        return restricted(Restriction.CONTEXT_DISALLOW);
    }

    public static PlayerException catalogUnavailable() {
        return new PlayerException(Failure.CATALOG_UNAVAILABLE, "Could not load the context from the catalog");
    }

    public static PlayerException sessionStoreUnavailable() {
        return new PlayerException(Failure.SESSION_STORE_UNAVAILABLE, "Playback sessions are unavailable right now");
    }

    public static PlayerException deviceTimeout() {
        return new PlayerException(Failure.DEVICE_TIMEOUT, "Device did not respond");
    }

    public static PlayerException brokerUnavailable() {
        return new PlayerException(Failure.BROKER_UNAVAILABLE, "Devices are unreachable right now");
    }

    /** The device's reason is text it wrote for people (bounded by the wire contract), not ours. */
    public static PlayerException rejected(Failure failure, String deviceReason) {
        String prefix;
        switch (failure) {
            case COMMAND_STALE:
                prefix = "Device rejected the command as stale";
                break;
            case COMMAND_INVALID:
                prefix = "Device rejected the command as invalid";
                break;
            case COMMAND_FAILED:
                prefix = "Device could not carry out the command";
                break;
            default:
                throw new IllegalArgumentException("not a device rejection: " + failure);
        }
        return new PlayerException(failure, deviceReason.isBlank() ? prefix : prefix + ": " + deviceReason);
    }
}
