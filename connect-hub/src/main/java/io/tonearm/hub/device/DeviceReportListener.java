package io.tonearm.hub.device;

/**
 * Told of device state reports after the registry took them in. Called on one thread of its own
 * ("hub-device-reports", never the thread that delivers device messages and acks), one report at a
 * time and in order per device; when reports of a device arrive faster than listeners take them, only
 * the newest is told. May block (the session store); should not throw.
 */
public interface DeviceReportListener {

    void stateReported(Device device, Device.Reported report);
}
