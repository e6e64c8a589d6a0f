package io.tonearm.agent.session;

import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubTransport;

/** What a session needs from the agent around it. */
public record SessionContext(HubTransport transport, TimeSource time, Quality maxQuality, int initialVolume) {
    public SessionContext {
        if (transport == null || time == null || maxQuality == null) {
            throw new IllegalArgumentException("transport, time and maxQuality are required");
        }
        if (initialVolume < 0 || initialVolume > 100) {
            throw new IllegalArgumentException("initial volume must be 0-100: " + initialVolume);
        }
    }
}
