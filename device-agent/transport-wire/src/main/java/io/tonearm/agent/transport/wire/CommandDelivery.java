package io.tonearm.agent.transport.wire;

import io.tonearm.agent.transport.HubListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one commands payload to the agent: a good command to {@link HubListener#onCommand}, a refused
 * one to {@link HubListener#onMalformedCommand}. Nothing thrown by the translator or the listener
 * escapes, because an exception out of a library callback (Paho's, Californium's) would tear the
 * link down. Stateless; called on the transport's callback thread.
 */
public final class CommandDelivery {

    private static final Logger log = LoggerFactory.getLogger(CommandDelivery.class);

    private CommandDelivery() {
    }

    /** @param receivedAtMs the device clock when the payload was read off the transport */
    public static void deliver(byte[] payload, long receivedAtMs, HubListener listener) {
        try {
            InboundCommand inbound = WireTranslator.command(payload, receivedAtMs);
            if (inbound instanceof InboundCommand.Accepted accepted) {
                listener.onCommand(accepted.envelope());
            } else if (inbound instanceof InboundCommand.Rejected rejected) {
                log.warn("refused a command payload (id '{}'): {}", rejected.commandId(), rejected.reason());
                listener.onMalformedCommand(rejected.commandId(), rejected.reason());
            } else {
                throw new AssertionError("unhandled inbound command " + inbound.getClass());
            }
        } catch (RuntimeException e) {
            log.error("handling a command failed; the message is dropped", e);
        }
    }
}
