package io.tonearm.hub.broker;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The broker the hub connects to, as a Paho server URI ({@code tcp://host:port}). Closing it stops the
 * embedded broker when there is one; an external broker is left alone.
 */
public final class BrokerEndpoint implements AutoCloseable {

    private final String serverUri;
    private final Optional<EmbeddedBroker> embedded;

    private BrokerEndpoint(String serverUri, Optional<EmbeddedBroker> embedded) {
        this.serverUri = serverUri;
        this.embedded = embedded;
    }

    public static BrokerEndpoint external(String serverUri) {
        return new BrokerEndpoint(serverUri, Optional.empty());
    }

    public static BrokerEndpoint embedded(EmbeddedBroker broker) {
        return new BrokerEndpoint(broker.clientUri(), Optional.of(broker));
    }

    public String serverUri() {
        return serverUri;
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    /** Messages the embedded broker dropped since it started; empty for an external broker (ask it). */
    public OptionalLong droppedMessages() {
        return embedded.map(b -> OptionalLong.of(b.droppedMessages())).orElse(OptionalLong.empty());
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedBroker::close);
    }
}
