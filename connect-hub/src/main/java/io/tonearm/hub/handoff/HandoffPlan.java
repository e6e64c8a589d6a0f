package io.tonearm.hub.handoff;

import io.tonearm.hub.device.DeviceState;

/**
 * The arithmetic of a make-before-break switch, on the hub's clock. The source was at
 * {@code anchorPositionMs} at {@code anchorHubMs} and plays on in real time; the target prepares at
 * the position the source will have reached {@code prepareLeadMs} from now, and once it is ready the
 * switch is put {@code marginMs} later, but never before the source reaches the prepared position.
 */
record HandoffPlan(long anchorHubMs, long anchorPositionMs, long durationMs) {

    static HandoffPlan of(DeviceState source, ClockEstimate sourceClock) {
        return new HandoffPlan(sourceClock.toHub(source.positionTimestampMs()), source.positionMs(), source.durationMs());
    }

    /** The source's position at hub time {@code hubMs}. */
    long positionAt(long hubMs) {
        return anchorPositionMs + (hubMs - anchorHubMs);
    }

    /** The hub time at which the source reaches {@code positionMs}. */
    long timeAt(long positionMs) {
        return anchorHubMs + (positionMs - anchorPositionMs);
    }

    /** Where the target prepares, for a transfer asked at {@code nowMs}. */
    long preparePosition(long nowMs, long prepareLeadMs) {
        return Math.max(0, positionAt(nowMs + prepareLeadMs));
    }

    /** The switch instant once the target, prepared at {@code preparedMs}, was ready at {@code readyHubMs}. */
    long switchAt(long readyHubMs, long marginMs, long preparedMs) {
        return Math.max(readyHubMs + marginMs, timeAt(preparedMs));
    }

    /** Whether the track (if its length is known) ends before {@code hubMs}, with {@code slackMs} to spare. */
    boolean endsBefore(long hubMs, long slackMs) {
        return durationMs > 0 && positionAt(hubMs) + slackMs >= durationMs;
    }
}
