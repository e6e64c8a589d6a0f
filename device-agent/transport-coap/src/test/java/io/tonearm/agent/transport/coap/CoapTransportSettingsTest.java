package io.tonearm.agent.transport.coap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CoapTransportSettingsTest {

    @Test
    void the_default_port_is_5683_and_the_defaults_are_documented_values() {
        CoapTransportSettings s = CoapTransportSettings.defaults("coap://hub.local");
        assertThat(s.base()).isEqualTo("coap://hub.local:5683/");
        assertThat(s.heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(CoapTransportSettings.defaults("coap://10.0.0.2:5999").base()).isEqualTo("coap://10.0.0.2:5999/");
        assertThat(CoapTransportSettings.defaults("coap://[::1]:5683").base()).isEqualTo("coap://[::1]:5683/");
    }

    @Test
    void bad_values_fail_with_the_key_name() {
        assertThatThrownBy(() -> CoapTransportSettings.defaults("tcp://hub:1883")).hasMessageContaining("coap.hub_uri");
        assertThatThrownBy(() -> CoapTransportSettings.defaults("coaps://hub:5684")).hasMessageContaining("coaps");
        assertThatThrownBy(() -> CoapTransportSettings.defaults("coap://hub:5683/v1?x=1")).hasMessageContaining("path");
        assertThatThrownBy(() -> CoapTransportSettings.defaults("coap://")).hasMessageContaining("coap.hub_uri");
        assertThatThrownBy(() -> CoapTransportSettings.defaults("not a uri")).hasMessageContaining("coap.hub_uri");
        assertThatThrownBy(() -> CoapTransportSettings.defaults(null)).hasMessageContaining("coap.hub_uri");
        CoapTransportSettings ok = CoapTransportSettings.defaults("coap://hub");
        assertThatThrownBy(() -> ok.withHeartbeat(Duration.ofMillis(10))).hasMessageContaining("coap.heartbeat");
        assertThatThrownBy(() -> ok.withRequestTimeout(Duration.ZERO)).hasMessageContaining("coap.request_timeout");
        assertThatThrownBy(() -> ok.withReconnect(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("coap.reconnect_max");
    }
}
