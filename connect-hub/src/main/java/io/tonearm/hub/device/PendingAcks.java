package io.tonearm.hub.device;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands waiting for their ack, by command id. Every hub instance receives every ack (ordinary
 * subscription); an ack for an id this instance did not send is ignored.
 */
@Singleton
public class PendingAcks {

    private static final Logger log = LoggerFactory.getLogger(PendingAcks.class);

    private record Pending(String deviceId, CompletableFuture<CommandAck> future) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    CompletableFuture<CommandAck> expect(String deviceId, String commandId) {
        CompletableFuture<CommandAck> future = new CompletableFuture<>();
        pending.put(commandId, new Pending(deviceId, future));
        return future;
    }

    void forget(String commandId) {
        pending.remove(commandId);
    }

    void answered(DeviceMessage.CommandAnswered m) {
        Pending p = pending.get(m.ack().commandId());
        if (p == null) {
            log.debug("Ignoring ack from {} for command {} this hub is not waiting for", m.deviceId(),
                    m.ack().commandId());
        } else if (!p.deviceId().equals(m.deviceId())) {
            log.warn("Ignoring ack for command {} from {}: the command went to {}", m.ack().commandId(),
                    m.deviceId(), p.deviceId());
        } else {
            p.future().complete(m.ack());
        }
    }
}
