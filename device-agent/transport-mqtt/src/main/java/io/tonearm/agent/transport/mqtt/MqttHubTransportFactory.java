package io.tonearm.agent.transport.mqtt;

import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubTransport;
import io.tonearm.agent.transport.HubTransportFactory;

/** Registers the MQTT 5 transport (Paho) with the agent's {@link java.util.ServiceLoader} lookup. */
public final class MqttHubTransportFactory implements HubTransportFactory {
    @Override
    public String transport() {
        return "mqtt";
    }

    @Override
    public String module() {
        return "agent-transport-mqtt";
    }

    @Override
    public HubTransport create(String url, TimeSource time) {
        return new MqttHubTransport(MqttTransportSettings.defaults(url), time);
    }
}
