package io.tonearm.hub.device;

/** A device did not answer a command within the command timeout. */
public final class DeviceTimeoutException extends RuntimeException {
    public DeviceTimeoutException(String deviceId, String commandId) {
        super("device " + deviceId + " did not answer command " + commandId);
    }
}
