package io.tonearm.agent.transport;

import io.tonearm.agent.session.CommandEnvelope;

/** What a {@link HubTransport} delivers. Called on the transport's thread; must not block. */
public interface HubListener {

    /** A well-formed command addressed to this device. */
    void onCommand(CommandEnvelope command);

    /**
     * A command payload that broke the contract. {@code commandId} is empty when it could not be
     * read; otherwise the agent answers it with an INVALID ack.
     */
    void onMalformedCommand(String commandId, String reason);

    /** The link came up (also after a reconnect) or went down. */
    default void onConnectionChanged(boolean connected) {
    }
}
