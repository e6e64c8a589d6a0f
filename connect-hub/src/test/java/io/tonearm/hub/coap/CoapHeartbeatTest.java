package io.tonearm.hub.coap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.HubConfig;
import io.tonearm.hub.device.DeviceInbox;
import io.tonearm.hub.device.DeviceRegistry;
import io.tonearm.hub.device.DeviceRoutes;
import io.tonearm.hub.device.PendingAcks;
import io.tonearm.hub.device.Transport;
import io.tonearm.hub.support.CoapScriptedDevice;
import io.tonearm.protocol.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Presence over CoAP in virtual time: a real Californium server and client on loopback, the hub's
 * clock moved by the test, and the sweep run by the test instead of its thread.
 */
class CoapHeartbeatTest {

    /** A clock the test moves. */
    static final class ManualClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final DeviceRegistry registry = new DeviceRegistry(clock, java.util.Optional.empty(), java.util.List.of());
    private final DeviceRoutes routes = new DeviceRoutes();
    private CoapGateway gateway;

    @BeforeEach
    void start() {
        DeviceInbox inbox = new DeviceInbox(registry, new PendingAcks(), routes);
        gateway = new CoapGateway(new CoapSettings(true, 0, "127.0.0.1", Duration.ofSeconds(10), 3),
                new HubConfig("./.tonearm", "http://127.0.0.1:1", Duration.ofSeconds(1), false), inbox, routes, clock);
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    private boolean online(String id) {
        return registry.find(id).map(d -> d.listed()).orElse(false);
    }

    @Test
    void a_device_that_stops_its_heartbeats_is_offline_after_missing_three() throws Exception {
        try (CoapScriptedDevice d = new CoapScriptedDevice(gateway.port(), "beat-car").start()) {
            assertThat(online("beat-car")).isTrue();
            assertThat(routes.transportOf("beat-car")).contains(Transport.COAP);

            for (int i = 0; i < 5; i++) {
                clock.advance(Duration.ofSeconds(10));
                d.post(Topics.Kind.PRESENCE, CoapScriptedDevice.online());
                gateway.sweep();
                assertThat(online("beat-car")).isTrue();
            }

            clock.advance(Duration.ofSeconds(29));
            gateway.sweep();
            assertThat(online("beat-car")).as("two heartbeats missed").isTrue();
            clock.advance(Duration.ofSeconds(2));
            gateway.sweep();
            assertThat(online("beat-car")).as("three heartbeats missed").isFalse();

            d.post(Topics.Kind.PRESENCE, CoapScriptedDevice.online());
            assertThat(online("beat-car")).as("back with its next heartbeat").isTrue();
        }
    }

    @Test
    void an_offline_presence_takes_the_device_off_at_once_and_the_sweep_leaves_it_alone() throws Exception {
        try (CoapScriptedDevice d = new CoapScriptedDevice(gateway.port(), "bye-car").start()) {
            d.post(Topics.Kind.PRESENCE, io.tonearm.protocol.v1.Presence.newBuilder()
                    .setStatus(io.tonearm.protocol.v1.Presence.Status.STATUS_OFFLINE).build().toByteArray());
            assertThat(online("bye-car")).isFalse();
            clock.advance(Duration.ofMinutes(5));
            gateway.sweep();
            assertThat(online("bye-car")).isFalse();
        }
    }
}
