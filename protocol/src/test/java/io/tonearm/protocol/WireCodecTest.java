package io.tonearm.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Capabilities;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.Event;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.Pause;
import io.tonearm.protocol.v1.Play;
import io.tonearm.protocol.v1.PlaybackStatus;
import io.tonearm.protocol.v1.Presence;
import io.tonearm.protocol.v1.Quality;
import io.tonearm.protocol.v1.SetVolume;
import io.tonearm.protocol.v1.StateReport;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WireCodecTest {

    static Command play() {
        return Command.newBuilder().setId("c-1").setSessionVersion(7).setSequence(3).setIssuedAtMs(1_700_000_000_000L)
                .setPlay(Play.newBuilder().addTrackUris("tonearm:track:abc").addTrackUris("tonearm:track:def")
                        .setIndex(1).setPositionMs(1500).setQuality(Quality.QUALITY_160_KBPS))
                .build();
    }

    @Test
    void every_message_round_trips() {
        Hello hello = Hello.newBuilder().setDeviceId("kitchen-1").setName("Kitchen").setType(DeviceType.DEVICE_TYPE_SPEAKER)
                .setProfile("smart-speaker").setCapabilities(Capabilities.newBuilder().setVolumeControl(true)
                        .setMaxQuality(Quality.QUALITY_320_KBPS)).setAgentVersion("0.1.0").setProtocolVersion(1).build();
        Presence presence = Presence.newBuilder().setStatus(Presence.Status.STATUS_ONLINE).setTimestampMs(5).build();
        StateReport state = StateReport.newBuilder().setStatus(PlaybackStatus.PLAYBACK_STATUS_PLAYING)
                .setTrackUri("tonearm:track:abc").setPositionMs(1200).setVolumePercent(40).build();
        Event event = Event.newBuilder().setKind(Event.Kind.KIND_UNDERRUN).setTimestampMs(9).build();
        Ack ack = Ack.newBuilder().setCommandId("c-1").setOutcome(Ack.Outcome.OUTCOME_APPLIED).setSessionVersion(7).build();

        assertThat(WireCodec.readHello(hello.toByteArray())).isEqualTo(Decoded.ok(hello));
        assertThat(WireCodec.readPresence(presence.toByteArray())).isEqualTo(Decoded.ok(presence));
        assertThat(WireCodec.readState(state.toByteArray())).isEqualTo(Decoded.ok(state));
        assertThat(WireCodec.readEvent(event.toByteArray())).isEqualTo(Decoded.ok(event));
        assertThat(WireCodec.readCommand(play().toByteArray())).isEqualTo(Decoded.ok(play()));
        assertThat(WireCodec.readAck(ack.toByteArray())).isEqualTo(Decoded.ok(ack));
    }

    @Test
    void a_play_command_has_a_stable_encoding() {
        // Field by field: 0a 03 "c-1" (id) | 10 07 (session_version 7) | 18 03 (sequence 3)
        // | 20 80 e0 ba 84 bc 31 (issued_at_ms 1700000000000)
        // | 52 2d (play, 45 bytes): 0a 11 "tonearm:track:abc" | 0a 11 "tonearm:track:def" | 10 01 (index)
        //   | 18 dc 0b (position_ms 1500) | 20 03 (QUALITY_160_KBPS)
        byte[] bytes = play().toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0x0a);
        assertThat(Arrays.copyOfRange(bytes, 5, 9)).containsExactly(0x10, 0x07, 0x18, 0x03);
        assertThat(bytes[9]).isEqualTo((byte) 0x20);
        assertThat(bytes[16]).isEqualTo((byte) 0x52);
        assertThat(bytes[17]).isEqualTo((byte) 45);
        assertThat(bytes).hasSize(18 + 45);
    }

    @Test
    void empty_payloads_are_refused() {
        assertRefused(WireCodec.readCommand(new byte[0]), Refusal.EMPTY);
        assertRefused(WireCodec.readCommand(null), Refusal.EMPTY);
    }

    @Test
    void oversized_payloads_are_refused_before_parsing() {
        byte[] big = new byte[WireLimits.MAX_PAYLOAD_BYTES + 1];
        Decoded<Command> d = WireCodec.readCommand(big);
        assertRefused(d, Refusal.TOO_LARGE);
        assertThat(((Decoded.Refused<Command>) d).describe()).contains("65537 bytes");
    }

    @Test
    void truncated_payloads_are_refused_as_malformed() {
        byte[] bytes = play().toByteArray();
        for (int cut = 1; cut < bytes.length; cut++) {
            Decoded<Command> d = WireCodec.readCommand(Arrays.copyOf(bytes, cut));
            assertThat(d.isOk()).as("cut at %d", cut).isFalse();
        }
    }

    @Test
    void a_length_that_claims_more_bytes_than_exist_is_malformed() {
        // field 1 (id), length varint 0xffffffff0f = 4 GiB, then 2 bytes.
        byte[] absurd = {0x0a, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f, 'a', 'b'};
        assertRefused(WireCodec.readCommand(absurd), Refusal.MALFORMED);
    }

    @Test
    void random_garbage_never_throws() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[1 + random.nextInt(200)];
            random.nextBytes(junk);
            assertThat(WireCodec.readCommand(junk)).isNotNull();
            assertThat(WireCodec.readHello(junk)).isNotNull();
            assertThat(WireCodec.readState(junk)).isNotNull();
        }
    }

    @Test
    void a_command_without_id_or_action_is_refused_naming_the_field() {
        assertRefused(WireCodec.readCommand(Command.newBuilder().setPause(Pause.getDefaultInstance()).build().toByteArray()),
                Refusal.MISSING_FIELD, "Command.id");
        assertRefused(WireCodec.readCommand(Command.newBuilder().setId("x").build().toByteArray()),
                Refusal.MISSING_FIELD, "Command.action");
    }

    @Test
    void play_commands_are_checked_against_the_contract() {
        Command noTracks = play().toBuilder().setPlay(Play.newBuilder()).build();
        Command badUri = play().toBuilder().setPlay(Play.newBuilder().addTrackUris("spotify:track:x")).build();
        Command indexPastEnd = play().toBuilder().setPlay(play().getPlay().toBuilder().setIndex(2)).build();
        Command negative = play().toBuilder().setPlay(play().getPlay().toBuilder().setPositionMs(-1)).build();
        assertRefused(WireCodec.readCommand(noTracks.toByteArray()), Refusal.MISSING_FIELD, "Play.track_uris");
        assertRefused(WireCodec.readCommand(badUri.toByteArray()), Refusal.INVALID_VALUE, "malformed track uri");
        assertRefused(WireCodec.readCommand(indexPastEnd.toByteArray()), Refusal.INVALID_VALUE, "Play.index");
        assertRefused(WireCodec.readCommand(negative.toByteArray()), Refusal.INVALID_VALUE, "position_ms");
    }

    @Test
    void volume_above_100_is_refused() {
        Command loud = Command.newBuilder().setId("v").setSetVolume(SetVolume.newBuilder().setVolumePercent(101)).build();
        assertRefused(WireCodec.readCommand(loud.toByteArray()), Refusal.INVALID_VALUE, "volume_percent 101");
    }

    @Test
    void a_hello_with_a_device_id_unsafe_for_topics_is_refused() {
        Hello h = Hello.newBuilder().setDeviceId("a/b/#").setName("x").build();
        assertRefused(WireCodec.readHello(h.toByteArray()), Refusal.INVALID_VALUE, "device_id");
    }

    @Test
    void a_hello_instance_id_is_optional_but_topic_safe_when_present() {
        Hello.Builder h = Hello.newBuilder().setDeviceId("kitchen").setName("Kitchen");
        assertThat(WireCodec.readHello(h.build().toByteArray()).isOk()).isTrue();
        // field 9, length-delimited: 0x4a, length 8, "a1b2c3d4"
        byte[] withInstance = h.setInstanceId("a1b2c3d4").build().toByteArray();
        assertThat(withInstance).containsSequence(0x4a, 0x08, 'a', '1', 'b', '2', 'c', '3', 'd', '4');
        assertThat(WireCodec.readHello(withInstance).isOk()).isTrue();
        assertRefused(WireCodec.readHello(h.setInstanceId("x/#").build().toByteArray()), Refusal.INVALID_VALUE,
                "instance_id");
        assertRefused(WireCodec.readHello(h.setInstanceId("x".repeat(65)).build().toByteArray()),
                Refusal.INVALID_VALUE, "instance_id");
    }

    @Test
    void keep_offline_needs_one_to_a_thousand_track_uris() {
        Command.Builder c = Command.newBuilder().setId("k1");
        byte[] ok = c.setKeepOffline(io.tonearm.protocol.v1.KeepOffline.newBuilder()
                .addTrackUris("tonearm:track:a").setContextUri("tonearm:playlist:road")).build().toByteArray();
        // field 22, length-delimited: tag (22 << 3 | 2) = 178 = 0xb2 0x01
        assertThat(ok).containsSequence(0xb2, 0x01);
        assertThat(WireCodec.readCommand(ok).isOk()).isTrue();
        assertRefused(WireCodec.readCommand(c.setKeepOffline(io.tonearm.protocol.v1.KeepOffline.getDefaultInstance())
                .build().toByteArray()), Refusal.MISSING_FIELD, "KeepOffline.track_uris");
        assertRefused(WireCodec.readCommand(c.setKeepOffline(io.tonearm.protocol.v1.KeepOffline.newBuilder()
                .addTrackUris("https://evil.example/x")).build().toByteArray()), Refusal.INVALID_VALUE, "malformed");
        io.tonearm.protocol.v1.KeepOffline.Builder many = io.tonearm.protocol.v1.KeepOffline.newBuilder();
        for (int i = 0; i <= WireLimits.MAX_QUEUE; i++) {
            many.addTrackUris("tonearm:track:t" + i);
        }
        assertRefused(WireCodec.readCommand(c.setKeepOffline(many).build().toByteArray()), Refusal.INVALID_VALUE,
                "more than");
    }

    @Test
    void an_unknown_presence_status_is_refused() {
        assertRefused(WireCodec.readPresence(new byte[] {0x08, 0x09}), Refusal.MISSING_FIELD, "Presence.status");
    }

    @Test
    void an_ack_error_code_is_a_stable_lowercase_word() {
        Ack.Builder failed = Ack.newBuilder().setCommandId("c").setOutcome(Ack.Outcome.OUTCOME_FAILED).setReason("no next track");
        assertThat(WireCodec.readAck(failed.setErrorCode("no_next_track").build().toByteArray()).isOk()).isTrue();
        assertRefused(WireCodec.readAck(failed.setErrorCode("No Next!").build().toByteArray()), Refusal.INVALID_VALUE, "error_code");
        assertRefused(WireCodec.readAck(failed.setErrorCode("x".repeat(65)).build().toByteArray()), Refusal.INVALID_VALUE, "error_code");
    }

    @Test
    void check_applies_the_reader_rules_to_outgoing_messages() {
        assertThat(WireCodec.check(play()).isOk()).isTrue();
        assertThat(WireCodec.check(Ack.newBuilder().setCommandId("c").build()).isOk()).isFalse();
    }

    @Test
    void refusal_codes_round_trip() {
        for (Refusal r : Refusal.values()) {
            assertThat(Refusal.fromCode(r.code())).isEqualTo(r);
        }
    }

    private static void assertRefused(Decoded<?> d, Refusal reason, String... detail) {
        assertThat(d).isInstanceOf(Decoded.Refused.class);
        Decoded.Refused<?> r = (Decoded.Refused<?>) d;
        assertThat(r.reason()).isEqualTo(reason);
        for (String s : detail) {
            assertThat(r.detail()).contains(s);
        }
    }
}
