package io.tonearm.hub.device;

/**
 * Port: delivers a command to a device's command topic. Implemented by the MQTT adapter.
 * Thread-safe; does not block on the device, only on handing the message to the broker client.
 */
public interface CommandPublisher {

    /** @throws CommandChannelException when the hub is not connected to the broker or the send fails */
    void publish(String deviceId, CommandEnvelope envelope);
}
