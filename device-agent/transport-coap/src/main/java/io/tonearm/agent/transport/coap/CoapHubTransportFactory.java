package io.tonearm.agent.transport.coap;

import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubTransport;
import io.tonearm.agent.transport.HubTransportFactory;

/** Registers the CoAP transport (Californium) with the agent's {@link java.util.ServiceLoader} lookup. */
public final class CoapHubTransportFactory implements HubTransportFactory {
    @Override
    public String transport() {
        return "coap";
    }

    @Override
    public String module() {
        return "agent-transport-coap";
    }

    /** @throws IllegalArgumentException for a URL that is not {@code coap://} (DTLS is not built yet) */
    @Override
    public HubTransport create(String url, TimeSource time) {
        return new CoapHubTransport(CoapTransportSettings.defaults(url), time);
    }
}
