package io.tonearm.hub.device;

/**
 * Told of every device state report after the registry took it in. Called on the thread that delivers
 * device messages (the MQTT client's callback thread); may block briefly, must not throw.
 */
public interface DeviceReportListener {

    void stateReported(Device device, Device.Reported report);
}
