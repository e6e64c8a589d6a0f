package io.tonearm.agent.transport;

import io.tonearm.agent.time.TimeSource;

/**
 * SPI: makes the {@link HubTransport} for one protocol. Adapters register an implementation in
 * {@code META-INF/services/io.tonearm.agent.transport.HubTransportFactory}; the app picks the
 * first of a profile's {@code hub.transports} whose factory is on the class path.
 */
public interface HubTransportFactory {
    /** The transport as profiles name it: {@code "mqtt"}, {@code "coap"}. */
    String transport();

    /** The module that provides it, e.g. {@code agent-transport-mqtt}, for "missing adapter" messages. */
    String module();

    /**
     * A transport to the hub at {@code url}; it connects only when started.
     *
     * @throws IllegalArgumentException if {@code url} is not a URL of this transport
     */
    HubTransport create(String url, TimeSource time);
}
