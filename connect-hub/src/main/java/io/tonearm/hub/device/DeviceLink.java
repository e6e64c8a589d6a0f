package io.tonearm.hub.device;

/**
 * Port: one transport's way of delivering a command to a device (MQTT: its commands topic; CoAP: a
 * notification of its observed commands resource). {@link DeviceLinks} picks the link of the
 * transport the device last spoke on. Thread-safe; blocks only on handing the message to the
 * transport's library.
 */
public interface DeviceLink {

    Transport transport();

    /** @throws CommandChannelException when the transport cannot take the command for this device */
    void publish(String deviceId, CommandEnvelope envelope);
}
