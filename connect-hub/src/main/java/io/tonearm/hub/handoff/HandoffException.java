package io.tonearm.hub.handoff;

import io.micronaut.http.HttpStatus;
import io.tonearm.hub.http.ApiException;

/** Why a transfer did not happen; in every case the music goes on where it was. */
public final class HandoffException extends ApiException {

    private HandoffException(HttpStatus status, String message) {
        super(status, message);
    }

    /** Another transfer of the same session is under way: one wins, this one gets 409. */
    static HandoffException conflict() {
        return new HandoffException(HttpStatus.CONFLICT, "Another transfer of this playback is in progress");
    }

    /** The target could not get ready in time; the source kept playing. */
    static HandoffException targetNotReady(String why) {
        return new HandoffException(HttpStatus.BAD_GATEWAY, "Target device did not get ready: " + why);
    }

    /** The switch itself failed; what was playing before was put back. */
    static HandoffException switchFailed(String why) {
        return new HandoffException(HttpStatus.BAD_GATEWAY, "Transfer failed and was rolled back: " + why);
    }

    /** The track ends before a switch could be scheduled. */
    static HandoffException trackEnding() {
        return new HandoffException(HttpStatus.CONFLICT,
                "The track is about to end; transfer again once the next one has started");
    }

    static HandoffException badRequest(String message) {
        return new HandoffException(HttpStatus.BAD_REQUEST, message);
    }
}
