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

    /**
     * Another agent with this device id took the link over (MQTT: the broker's session takeover,
     * DISCONNECT reason 0x8E; CoAP: the hub's 4.09 Conflict for a superseded instance). The transport
     * has stopped for good and does not reconnect, so the two never fight over the id; the agent must
     * stop its audio, since the hub now talks to the other one.
     */
    default void onSuperseded(String reason) {
    }
}
