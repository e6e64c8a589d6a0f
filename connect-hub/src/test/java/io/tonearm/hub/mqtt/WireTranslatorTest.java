package io.tonearm.hub.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.device.CommandAck;
import io.tonearm.hub.device.CommandEnvelope;
import io.tonearm.hub.device.DeviceCommand;
import io.tonearm.hub.device.DeviceMessage;
import io.tonearm.hub.device.DeviceType;
import io.tonearm.hub.device.PlaybackStatus;
import io.tonearm.protocol.Decoded;
import io.tonearm.protocol.Refusal;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.WireLimits;
import io.tonearm.protocol.v1.Capabilities;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.StateReport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireTranslatorTest {

    private static final String ROOT = "tonearm/v1/devices/";

    private static DeviceMessage ok(Decoded<DeviceMessage> d) {
        assertThat(d).isInstanceOf(Decoded.Ok.class);
        return ((Decoded.Ok<DeviceMessage>) d).message();
    }

    private static Decoded.Refused<DeviceMessage> refused(Decoded<DeviceMessage> d) {
        assertThat(d).isInstanceOf(Decoded.Refused.class);
        return (Decoded.Refused<DeviceMessage>) d;
    }

    @Test
    void a_hello_becomes_an_announcement_with_the_type_and_capabilities() {
        byte[] hello = Hello.newBuilder().setDeviceId("kitchen").setName("Kitchen").setType(
                io.tonearm.protocol.v1.DeviceType.DEVICE_TYPE_BOARD).setProfile("pi-zero").setAgentVersion("0.1.0")
                .setCapabilities(Capabilities.newBuilder().setVolumeControl(true)).build().toByteArray();
        DeviceMessage.Announced a = (DeviceMessage.Announced) ok(WireTranslator.fromDevice(ROOT + "kitchen/hello", hello));
        assertThat(a.deviceId()).isEqualTo("kitchen");
        assertThat(a.info().name()).isEqualTo("Kitchen");
        assertThat(a.info().type()).isEqualTo(DeviceType.BOARD);
        assertThat(a.info().type().spotifyName()).isEqualTo("Speaker");
        assertThat(a.info().profile()).isEqualTo("pi-zero");
        assertThat(a.info().supportsVolume()).isTrue();
    }

    @Test
    void every_capability_and_transport_of_a_hello_is_kept_and_unknown_transports_are_left_out() {
        byte[] hello = Hello.newBuilder().setDeviceId("car").setName("Car")
                .setCapabilities(Capabilities.newBuilder().setVolumeControl(false).setSeek(true).setGapless(true)
                        .setHardwareVolume(true).setDisplay(true).setGroups(true)
                        .setMaxQuality(io.tonearm.protocol.v1.Quality.QUALITY_96_KBPS))
                .addTransports(io.tonearm.protocol.v1.Transport.TRANSPORT_COAP)
                .addTransportsValue(77) // a transport from a newer contract
                .addTransports(io.tonearm.protocol.v1.Transport.TRANSPORT_MQTT)
                .build().toByteArray();
        DeviceMessage.Announced a = (DeviceMessage.Announced) ok(WireTranslator.fromDevice(ROOT + "car/hello", hello));
        assertThat(a.info().capabilities()).isEqualTo(new io.tonearm.hub.device.DeviceCapabilities(false, true, true,
                true, true, true, 96, java.util.List.of("coap", "mqtt")));
        byte[] bare = Hello.newBuilder().setDeviceId("car").setName("Car").setCapabilities(Capabilities.newBuilder()
                .setMaxQualityValue(42)).build().toByteArray();
        assertThat(((DeviceMessage.Announced) ok(WireTranslator.fromDevice(ROOT + "car/hello", bare))).info()
                .capabilities().maxQualityKbps()).as("an unknown quality code reads as unknown").isZero();
    }

    @Test
    void a_hello_naming_another_device_than_its_topic_is_refused() {
        byte[] hello = Hello.newBuilder().setDeviceId("victim").setName("V").build().toByteArray();
        Decoded.Refused<DeviceMessage> r = refused(WireTranslator.fromDevice(ROOT + "imposter/hello", hello));
        assertThat(r.reason()).isEqualTo(Refusal.INVALID_VALUE);
        assertThat(r.describe()).contains("victim").contains("imposter");
    }

    @Test
    void an_empty_retained_hello_forgets_the_device() {
        assertThat(ok(WireTranslator.fromDevice(ROOT + "old/hello", new byte[0])))
                .isEqualTo(new DeviceMessage.Forgotten("old"));
    }

    @Test
    void presence_bytes_read_as_online_and_offline() {
        byte[] online = {
            0x08, 0x01, // field 1 (status), varint: STATUS_ONLINE
        };
        byte[] offline = {
            0x08, 0x02, // field 1 (status), varint: STATUS_OFFLINE
            0x10, 0x00, // field 2 (timestamp_ms), varint: 0, as in a will
        };
        assertThat(ok(WireTranslator.fromDevice(ROOT + "d/presence", online)))
                .isEqualTo(new DeviceMessage.PresenceChanged("d", true));
        assertThat(ok(WireTranslator.fromDevice(ROOT + "d/presence", offline)))
                .isEqualTo(new DeviceMessage.PresenceChanged("d", false));
    }

    @Test
    void ack_bytes_read_as_a_command_ack() {
        byte[] ack = {
            0x0a, 0x02, 'c', '1', // field 1 (command_id), length 2: "c1"
            0x10, 0x03,           // field 2 (outcome), varint: OUTCOME_STALE
            0x1a, 0x01, 'x',      // field 3 (reason), length 1: "x"
            0x20, 0x07,           // field 4 (session_version), varint: 7
        };
        DeviceMessage.CommandAnswered m = (DeviceMessage.CommandAnswered) ok(
                WireTranslator.fromDevice(ROOT + "d/acks", ack));
        assertThat(m.ack()).isEqualTo(new CommandAck("c1", CommandAck.Outcome.STALE, "x", "", 7));
    }

    @Test
    void a_state_report_keeps_volume_position_and_track() {
        byte[] state = StateReport.newBuilder().setStatus(io.tonearm.protocol.v1.PlaybackStatus.PLAYBACK_STATUS_PLAYING)
                .setTrackUri("tonearm:track:t1").setPositionMs(1200).setPositionTimestampMs(99).setDurationMs(5000)
                .setVolumePercent(40).setSessionVersion(3).addQueue("tonearm:track:t1").build().toByteArray();
        DeviceMessage.StateReported m = (DeviceMessage.StateReported) ok(WireTranslator.fromDevice(ROOT + "d/state", state));
        assertThat(m.state().status()).isEqualTo(PlaybackStatus.PLAYING);
        assertThat(m.state().trackId()).contains("t1");
        assertThat(m.state().volumePercent()).isEqualTo(40);
        assertThat(m.state().positionMs()).isEqualTo(1200);
        assertThat(m.state().sessionVersion()).isEqualTo(3);
    }

    @Test
    void a_state_report_with_a_malformed_track_uri_is_refused_not_thrown() {
        byte[] state = StateReport.newBuilder().setStatus(io.tonearm.protocol.v1.PlaybackStatus.PLAYBACK_STATUS_IDLE)
                .setTrackUri("spotify:track:nope").build().toByteArray();
        assertThat(refused(WireTranslator.fromDevice(ROOT + "d/state", state)).reason()).isEqualTo(Refusal.INVALID_VALUE);
    }

    @Test
    void garbage_truncated_and_oversized_payloads_are_refused() {
        assertThat(refused(WireTranslator.fromDevice(ROOT + "d/state", new byte[] {(byte) 0xff, 0x01})).reason())
                .isEqualTo(Refusal.MALFORMED);
        byte[] truncated = {0x0a, 0x05, 'c'}; // field 1, length 5, but one byte follows
        assertThat(refused(WireTranslator.fromDevice(ROOT + "d/acks", truncated)).reason()).isEqualTo(Refusal.MALFORMED);
        assertThat(refused(WireTranslator.fromDevice(ROOT + "d/hello", new byte[WireLimits.MAX_PAYLOAD_BYTES + 1]))
                .reason()).isEqualTo(Refusal.TOO_LARGE);
        assertThat(refused(WireTranslator.fromDevice(ROOT + "d/presence", new byte[0])).reason()).isEqualTo(Refusal.EMPTY);
    }

    @Test
    void topics_outside_the_contract_and_command_topics_are_refused() {
        assertThat(WireTranslator.fromDevice("elsewhere/x", new byte[] {8, 1})).isInstanceOf(Decoded.Refused.class);
        assertThat(WireTranslator.fromDevice(ROOT + "d/commands", new byte[] {8, 1})).isInstanceOf(Decoded.Refused.class);
    }

    @Test
    void a_play_command_goes_out_as_a_command_the_contract_accepts() {
        CommandEnvelope envelope = new CommandEnvelope("cmd-1", 4, 2, Instant.ofEpochMilli(1_000),
                new DeviceCommand.Play(List.of("tonearm:track:a", "tonearm:track:b"), 1, 250));
        Decoded<Command> read = WireCodec.readCommand(WireTranslator.toWire(envelope));
        assertThat(read).isInstanceOf(Decoded.Ok.class);
        Command c = ((Decoded.Ok<Command>) read).message();
        assertThat(c.getId()).isEqualTo("cmd-1");
        assertThat(c.getSessionVersion()).isEqualTo(4);
        assertThat(c.getSequence()).isEqualTo(2);
        assertThat(c.getIssuedAtMs()).isEqualTo(1_000);
        assertThat(c.getPlay().getTrackUrisList()).containsExactly("tonearm:track:a", "tonearm:track:b");
        assertThat(c.getPlay().getIndex()).isEqualTo(1);
        assertThat(c.getPlay().getPositionMs()).isEqualTo(250);
    }

    @Test
    void pause_and_resume_go_out_as_their_actions() {
        Instant t = Instant.EPOCH.plusSeconds(1);
        assertThat(read(new CommandEnvelope("p", 1, 1, t, new DeviceCommand.Pause())).hasPause()).isTrue();
        assertThat(read(new CommandEnvelope("r", 1, 1, t, new DeviceCommand.Resume())).hasResume()).isTrue();
    }

    @Test
    void seek_volume_next_and_previous_go_out_as_these_bytes() {
        Instant t = Instant.ofEpochMilli(1_000);
        byte[] head = {
            0x0A, 0x01, 's',              // 1 id: "s"
            0x10, 0x01,                   // 2 session_version: 1
            0x18, 0x01,                   // 3 sequence: 1
            0x20, (byte) 0xE8, 0x07,      // 4 issued_at_ms: 1000
        };
        assertThat(WireTranslator.toWire(new CommandEnvelope("s", 1, 1, t, new DeviceCommand.Seek(10_000))))
                .isEqualTo(concat(head, new byte[] {0x72, 0x03, 0x08, (byte) 0x90, 0x4E})); // 14 seek { 1 position_ms: 10000 }
        assertThat(WireTranslator.toWire(new CommandEnvelope("s", 1, 1, t, new DeviceCommand.SetVolume(50))))
                .isEqualTo(concat(head, new byte[] {0x7A, 0x02, 0x08, 0x32})); // 15 set_volume { 1 volume_percent: 50 }
        assertThat(WireTranslator.toWire(new CommandEnvelope("s", 1, 1, t, new DeviceCommand.Next())))
                .isEqualTo(concat(head, new byte[] {(byte) 0x82, 0x01, 0x00})); // 16 next {}
        assertThat(WireTranslator.toWire(new CommandEnvelope("s", 1, 1, t, new DeviceCommand.Previous())))
                .isEqualTo(concat(head, new byte[] {(byte) 0x8A, 0x01, 0x00})); // 17 previous {}
    }

    @Test
    void seek_to_zero_and_volume_zero_still_name_their_action() {
        Instant t = Instant.EPOCH.plusSeconds(1);
        Command seek = read(new CommandEnvelope("z", 1, 1, t, new DeviceCommand.Seek(0)));
        assertThat(seek.hasSeek()).isTrue();
        assertThat(seek.getSeek().getPositionMs()).isZero();
        Command mute = read(new CommandEnvelope("m", 1, 1, t, new DeviceCommand.SetVolume(0)));
        assertThat(mute.hasSetVolume()).isTrue();
        assertThat(mute.getSetVolume().getVolumePercent()).isZero();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Command read(CommandEnvelope envelope) {
        return ((Decoded.Ok<Command>) WireCodec.readCommand(WireTranslator.toWire(envelope))).message();
    }
}
