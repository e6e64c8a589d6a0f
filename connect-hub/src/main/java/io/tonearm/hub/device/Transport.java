package io.tonearm.hub.device;

/** The transports a device reaches the hub on. */
public enum Transport {
    MQTT, COAP
}
