package io.tonearm.agent.transport.mqtt;

import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubListener;
import io.tonearm.agent.transport.wire.CommandDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns payloads arriving on the device's commands topic into listener calls: a good command goes
 * to {@link HubListener#onCommand}, a refused one to {@link HubListener#onMalformedCommand}, and a
 * message on any other topic is ignored ({@link CommandDelivery} does the rest; nothing it
 * meets escapes into Paho's callback).
 *
 * <p>Called on Paho's callback thread, one message at a time; holds no mutable state.
 */
final class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final String commandsTopic;
    private final HubListener listener;
    private final TimeSource time;

    CommandDispatcher(String commandsTopic, HubListener listener, TimeSource time) {
        if (commandsTopic == null || listener == null) {
            throw new IllegalArgumentException("commands topic and listener are required");
        }
        this.commandsTopic = commandsTopic;
        this.listener = listener;
        this.time = time;
    }

    void dispatch(String topic, byte[] payload) {
        if (!commandsTopic.equals(topic)) {
            log.debug("ignoring a message on {}", topic);
            return;
        }
        CommandDelivery.deliver(payload, time.currentTimeMillis(), listener);
    }
}
