package io.tonearm.agent.stream;

/**
 * Port: asks the control plane for a stream URL. Blocking; thread-safe.
 */
public interface StreamResolver {

    /**
     * @throws StreamException with {@link StreamException.Reason#NOT_FOUND} for an unknown track,
     *     {@link StreamException.Reason#FORBIDDEN} when the device may not stream it, and
     *     {@link StreamException.Reason#UNAVAILABLE} when the control plane cannot be reached
     */
    StreamTicket resolve(TrackRef track, Quality quality) throws StreamException;
}
