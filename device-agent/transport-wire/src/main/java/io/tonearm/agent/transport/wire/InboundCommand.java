package io.tonearm.agent.transport.wire;

import io.tonearm.agent.session.CommandEnvelope;

/** What a commands payload turned into: a command for the agent, or why it was refused. */
public sealed interface InboundCommand {

    record Accepted(CommandEnvelope envelope) implements InboundCommand {
        public Accepted {
            if (envelope == null) {
                throw new IllegalArgumentException("envelope is required");
            }
        }
    }

    /** {@code commandId} is empty when the payload was unreadable or carried no usable id. */
    record Rejected(String commandId, String reason) implements InboundCommand {
        public Rejected {
            if (commandId == null || reason == null || reason.isEmpty()) {
                throw new IllegalArgumentException("command id (or empty) and reason are required");
            }
        }
    }
}
