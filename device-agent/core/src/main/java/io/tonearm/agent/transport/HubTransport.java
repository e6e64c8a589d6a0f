package io.tonearm.agent.transport;

import io.tonearm.agent.session.CommandAck;
import io.tonearm.agent.session.DeviceEvent;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.PlaybackState;

/**
 * Port: the agent's link to the connect hub (MQTT 5 or CoAP). The adapter owns connecting,
 * reconnecting with backoff, the last will (an offline presence), and translating wire messages to
 * the domain types and back.
 *
 * <p>Publishing never blocks on the network for long and never throws: while disconnected the
 * adapter keeps the latest state and publishes it on reconnect; events and acks may be dropped.
 * The listener is called on the adapter's own thread and must not block.
 */
public interface HubTransport extends AutoCloseable {

    /**
     * Connects, publishes hello and online presence, and subscribes to commands. Blocks until the
     * first connection succeeds or fails; after that, reconnects by itself.
     *
     * @throws TransportException if the first connection fails
     */
    void start(DeviceIdentity identity, HubListener listener) throws TransportException;

    void publishState(PlaybackState state);

    void publishEvent(DeviceEvent event);

    void publishAck(CommandAck ack);

    /** Publishes offline presence, disconnects and releases threads. Never throws. */
    @Override
    void close();
}
