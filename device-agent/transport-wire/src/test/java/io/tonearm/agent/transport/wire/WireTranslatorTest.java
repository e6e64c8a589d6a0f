package io.tonearm.agent.transport.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.session.CommandAck;
import io.tonearm.agent.session.CommandEnvelope;
import io.tonearm.agent.session.DeviceCommand;
import io.tonearm.agent.session.DeviceEvent;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.protocol.Decoded;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.WireLimits;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.Event;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.Pause;
import io.tonearm.protocol.v1.Play;
import io.tonearm.protocol.v1.PlaybackStatus;
import io.tonearm.protocol.v1.Presence;
import io.tonearm.protocol.v1.Seek;
import io.tonearm.protocol.v1.SetVolume;
import io.tonearm.protocol.v1.StateReport;
import io.tonearm.protocol.v1.Transport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireTranslatorTest {

    @Test
    void hello_announces_identity_capabilities_and_the_transport_it_is_sent_on() {
        Hello hello = ok(WireCodec.readHello(WireTranslator.hello(Fixtures.kitchen("kitchen-1"), Transport.TRANSPORT_MQTT)
                .toByteArray()));

        assertThat(hello.getDeviceId()).isEqualTo("kitchen-1");
        assertThat(hello.getName()).isEqualTo("Kitchen");
        assertThat(hello.getType()).isEqualTo(DeviceType.DEVICE_TYPE_SPEAKER);
        assertThat(hello.getProfile()).isEqualTo("smart-speaker");
        assertThat(hello.getAgentVersion()).isEqualTo("0.1.0");
        assertThat(hello.getProtocolVersion()).isEqualTo(1);
        assertThat(hello.getTransportsList()).containsExactly(Transport.TRANSPORT_MQTT);
        assertThat(hello.getCapabilities().getVolumeControl()).isTrue();
        assertThat(hello.getCapabilities().getMaxQuality()).isEqualTo(io.tonearm.protocol.v1.Quality.QUALITY_160_KBPS);
        assertThat(hello.getCapabilities().getGapless()).isTrue();
        assertThat(hello.getCapabilities().getSeek()).isTrue();
    }

    @Test
    void hello_carries_the_profiles_capabilities() {
        io.tonearm.agent.session.DeviceIdentity tv = new io.tonearm.agent.session.DeviceIdentity("tv-1", "TV",
                io.tonearm.agent.session.DeviceType.TV, "smart-tv", new io.tonearm.agent.session.DeviceCapabilities(
                        false, true, true, false, io.tonearm.agent.stream.Quality.KBPS_96, true, false), "0.1.0");

        io.tonearm.protocol.v1.Capabilities caps = ok(WireCodec.readHello(WireTranslator.hello(tv, io.tonearm.protocol.v1.Transport.TRANSPORT_MQTT).toByteArray())).getCapabilities();

        assertThat(caps.getVolumeControl()).isFalse();
        assertThat(caps.getHardwareVolume()).isTrue();
        assertThat(caps.getDisplay()).isTrue();
        assertThat(caps.getGroups()).isFalse();
        assertThat(caps.getMaxQuality()).isEqualTo(io.tonearm.protocol.v1.Quality.QUALITY_96_KBPS);
        assertThat(caps.getGapless()).isTrue();
        assertThat(caps.getSeek()).isFalse();
    }

    @Test
    void presence_is_online_with_a_timestamp_or_offline() {
        Presence online = ok(WireCodec.readPresence(WireTranslator.presence(true, 42).toByteArray()));
        Presence offline = ok(WireCodec.readPresence(WireTranslator.presence(false, 0).toByteArray()));

        assertThat(online.getStatus()).isEqualTo(Presence.Status.STATUS_ONLINE);
        assertThat(online.getTimestampMs()).isEqualTo(42);
        assertThat(offline.getStatus()).isEqualTo(Presence.Status.STATUS_OFFLINE);
    }

    @Test
    void a_playing_state_survives_the_trip_through_the_codec_field_by_field() {
        StateReport s = ok(WireCodec.readState(WireTranslator.state(Fixtures.playing("t2", 5_000, 9)).toByteArray()));

        assertThat(s.getStatus()).isEqualTo(PlaybackStatus.PLAYBACK_STATUS_PLAYING);
        assertThat(s.getTrackUri()).isEqualTo("tonearm:track:t2");
        assertThat(s.getPositionMs()).isEqualTo(5_000);
        assertThat(s.getPositionTimestampMs()).isEqualTo(1_700_000_000_000L);
        assertThat(s.getDurationMs()).isEqualTo(23_450);
        assertThat(s.getVolumePercent()).isEqualTo(40);
        assertThat(s.getBuffer().getBufferedMs()).isEqualTo(1_500);
        assertThat(s.getBuffer().getUnderruns()).isEqualTo(2);
        assertThat(s.getQuality()).isEqualTo(io.tonearm.protocol.v1.Quality.QUALITY_160_KBPS);
        assertThat(s.getSessionVersion()).isEqualTo(9);
        assertThat(s.getQueueList()).containsExactly("tonearm:track:intro", "tonearm:track:t2");
        assertThat(s.getQueueIndex()).isEqualTo(1);
    }

    @Test
    void an_idle_state_has_no_track_uri_and_an_unspecified_quality() {
        StateReport s = ok(WireCodec.readState(WireTranslator.state(Fixtures.idle()).toByteArray()));

        assertThat(s.getStatus()).isEqualTo(PlaybackStatus.PLAYBACK_STATUS_IDLE);
        assertThat(s.getTrackUri()).isEmpty();
        assertThat(s.getQuality()).isEqualTo(io.tonearm.protocol.v1.Quality.QUALITY_UNSPECIFIED);
        assertThat(s.getVolumePercent()).isEqualTo(55);
    }

    @Test
    void every_event_kind_maps_to_the_wire_kind_of_the_same_name() {
        for (DeviceEvent.Kind kind : DeviceEvent.Kind.values()) {
            DeviceEvent e = new DeviceEvent(kind, 1, Optional.empty(), 0, 0, "", "");
            assertThat(WireTranslator.event(e).getKind().name()).isEqualTo("KIND_" + kind.name());
        }
    }

    @Test
    void an_error_event_keeps_its_code_track_and_position() {
        Event e = ok(WireCodec.readEvent(WireTranslator.event(Fixtures.error("forbidden")).toByteArray()));

        assertThat(e.getKind()).isEqualTo(Event.Kind.KIND_ERROR);
        assertThat(e.getErrorCode()).isEqualTo("stream_forbidden");
        assertThat(e.getMessage()).isEqualTo("forbidden");
        assertThat(e.getTrackUri()).isEqualTo("tonearm:track:t1");
        assertThat(e.getPositionMs()).isEqualTo(900);
        assertThat(e.getVolumePercent()).isEqualTo(40);
        assertThat(e.getTimestampMs()).isEqualTo(1_700_000_000_123L);
    }

    @Test
    void an_event_message_longer_than_the_contract_allows_is_cut_so_the_hub_accepts_it() {
        Event e = ok(WireCodec.readEvent(WireTranslator.event(Fixtures.error("x".repeat(1_000))).toByteArray()));

        assertThat(e.getMessage()).hasSize(WireLimits.MAX_TEXT);
    }

    @Test
    void cutting_text_never_splits_a_surrogate_pair() {
        String text = "a".repeat(WireLimits.MAX_TEXT - 1) + "\uD83C\uDFB5" + "tail";

        String cut = WireTranslator.fit(text);

        assertThat(cut).hasSize(WireLimits.MAX_TEXT - 1);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void every_ack_outcome_maps_to_the_wire_outcome_of_the_same_name() {
        for (CommandAck.Outcome o : CommandAck.Outcome.values()) {
            Ack ack = ok(WireCodec.readAck(WireTranslator.ack(
                    new CommandAck("c-1", o, "because", o == CommandAck.Outcome.FAILED ? "no_next_track" : "", 12, 99)).toByteArray()));
            assertThat(ack.getOutcome().name()).isEqualTo("OUTCOME_" + o.name());
            assertThat(ack.getCommandId()).isEqualTo("c-1");
            assertThat(ack.getReason()).isEqualTo("because");
            assertThat(ack.getSessionVersion()).isEqualTo(12);
            assertThat(ack.getTimestampMs()).isEqualTo(99);
            assertThat(ack.getErrorCode()).isEqualTo(o == CommandAck.Outcome.FAILED ? "no_next_track" : "");
        }
    }

    @Test
    void a_play_command_becomes_a_play_envelope_with_tracks_index_position_and_quality() {
        CommandEnvelope env = accepted(Fixtures.play("c-1", "tonearm:track:a", "tonearm:track:b").toByteArray());

        assertThat(env.id()).isEqualTo("c-1");
        assertThat(env.sessionVersion()).isEqualTo(7);
        assertThat(env.sequence()).isEqualTo(3);
        assertThat(env.issuedAtMs()).isEqualTo(1_700_000_000_000L);
        assertThat(env.command()).isEqualTo(new DeviceCommand.Play(List.of(new TrackRef("a"), new TrackRef("b")), 1,
                12_000, Optional.of(Quality.KBPS_320)));
    }

    @Test
    void the_actions_without_tracks_map_to_their_domain_commands() {
        assertThat(action(Command.newBuilder().setPause(Pause.getDefaultInstance()))).isEqualTo(new DeviceCommand.Pause());
        assertThat(action(Command.newBuilder().setResume(io.tonearm.protocol.v1.Resume.getDefaultInstance())))
                .isEqualTo(new DeviceCommand.Resume());
        assertThat(action(Command.newBuilder().setStop(io.tonearm.protocol.v1.Stop.getDefaultInstance())))
                .isEqualTo(new DeviceCommand.Stop());
        assertThat(action(Command.newBuilder().setNext(io.tonearm.protocol.v1.Next.getDefaultInstance())))
                .isEqualTo(new DeviceCommand.Next());
        assertThat(action(Command.newBuilder().setPrevious(io.tonearm.protocol.v1.Previous.getDefaultInstance())))
                .isEqualTo(new DeviceCommand.Previous());
        assertThat(action(Command.newBuilder().setSeek(Seek.newBuilder().setPositionMs(30_000))))
                .isEqualTo(new DeviceCommand.Seek(30_000));
        assertThat(action(Command.newBuilder().setSetVolume(SetVolume.newBuilder().setVolumePercent(100))))
                .isEqualTo(new DeviceCommand.SetVolume(100));
    }

    @Test
    void an_unspecified_or_unknown_quality_becomes_empty() {
        Play.Builder unknown = Play.newBuilder().addTrackUris("tonearm:track:a").setQualityValue(99);
        Play.Builder unspecified = Play.newBuilder().addTrackUris("tonearm:track:a");

        assertThat(((DeviceCommand.Play) action(Command.newBuilder().setPlay(unknown))).quality()).isEmpty();
        assertThat(((DeviceCommand.Play) action(Command.newBuilder().setPlay(unspecified))).quality()).isEmpty();
    }

    @Test
    void every_domain_quality_maps_back_to_itself() {
        for (Quality q : Quality.values()) {
            assertThat(WireTranslator.quality(WireTranslator.quality(q))).contains(q);
        }
    }

    private static DeviceCommand action(Command.Builder b) {
        return accepted(b.setId("c-9").build().toByteArray()).command();
    }

    static CommandEnvelope accepted(byte[] payload) {
        InboundCommand in = WireTranslator.command(payload, 0);
        assertThat(in).isInstanceOf(InboundCommand.Accepted.class);
        return ((InboundCommand.Accepted) in).envelope();
    }

    @Test
    void a_coap_hello_lists_coap_and_a_hello_without_a_transport_is_a_bug() {
        Hello hello = ok(WireCodec.readHello(WireTranslator.hello(Fixtures.kitchen("car-1"), Transport.TRANSPORT_COAP)
                .toByteArray()));

        assertThat(hello.getTransportsList()).containsExactly(Transport.TRANSPORT_COAP);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WireTranslator.hello(Fixtures.kitchen("car-1"),
                Transport.TRANSPORT_UNSPECIFIED)).isInstanceOf(IllegalArgumentException.class);
    }

    public static <T> T ok(Decoded<T> decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Ok.class);
        return ((Decoded.Ok<T>) decoded).message();
    }
}
