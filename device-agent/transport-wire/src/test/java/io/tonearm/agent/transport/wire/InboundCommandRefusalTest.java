package io.tonearm.agent.transport.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.session.CommandEnvelope;
import io.tonearm.agent.session.DeviceCommand;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.protocol.WireLimits;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.Play;
import io.tonearm.protocol.v1.Stop;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Payloads on the commands topic that the translator must refuse, and the id it can still name. */
class InboundCommandRefusalTest {

    @Test
    void an_empty_payload_is_refused_without_an_id() {
        assertThat(rejected(new byte[0])).isEqualTo(new InboundCommand.Rejected("", "empty payload: Command"));
    }

    @Test
    void an_oversized_payload_is_refused_as_too_large_without_reading_it() {
        InboundCommand.Rejected r = rejected(new byte[WireLimits.MAX_PAYLOAD_BYTES + 1]);

        assertThat(r.commandId()).isEmpty();
        assertThat(r.reason()).startsWith("payload too large: Command of 65537 bytes");
    }

    @Test
    void garbage_bytes_are_refused_as_malformed_without_an_id() {
        InboundCommand.Rejected r = rejected("not protobuf at all \u00ff".getBytes(StandardCharsets.UTF_8));

        assertThat(r.commandId()).isEmpty();
        assertThat(r.reason()).startsWith("malformed payload: Command");
    }

    @Test
    void a_command_without_an_action_is_refused_with_its_id_so_the_agent_can_ack_it() {
        InboundCommand.Rejected r = rejected(Command.newBuilder().setId("c-5").build().toByteArray());

        assertThat(r).isEqualTo(new InboundCommand.Rejected("c-5", "required field missing: Command.action"));
    }

    @Test
    void a_command_without_an_id_is_refused_with_an_empty_id() {
        InboundCommand.Rejected r = rejected(Command.newBuilder().setStop(Stop.getDefaultInstance()).build().toByteArray());

        assertThat(r).isEqualTo(new InboundCommand.Rejected("", "required field missing: Command.id"));
    }

    @Test
    void an_overlong_id_is_not_echoed_back() {
        InboundCommand.Rejected r = rejected(Command.newBuilder().setId("x".repeat(65))
                .setStop(Stop.getDefaultInstance()).build().toByteArray());

        assertThat(r.commandId()).isEmpty();
        assertThat(r.reason()).startsWith("invalid field value: Command.id");
    }

    @Test
    void a_play_with_a_malformed_track_uri_is_refused_with_its_id() {
        InboundCommand.Rejected r = rejected(Fixtures.play("c-6", "spotify:track:abc").toByteArray());

        assertThat(r.commandId()).isEqualTo("c-6");
        assertThat(r.reason()).isEqualTo("invalid field value: Play.track_uris holds a malformed track uri");
    }

    @Test
    void a_session_version_past_the_signed_range_is_refused_with_its_id() {
        Command c = Command.newBuilder().setId("c-7").setSessionVersion(-1L).setStop(Stop.getDefaultInstance()).build();

        InboundCommand.Rejected r = rejected(c.toByteArray());

        assertThat(r.commandId()).isEqualTo("c-7");
        assertThat(r.reason()).contains("18446744073709551615");
    }

    @Test
    void a_play_index_past_the_signed_range_is_refused_with_its_id() {
        Command c = Command.newBuilder().setId("c-8")
                .setPlay(Play.newBuilder().addTrackUris("tonearm:track:a").setIndex(-1)).build();

        InboundCommand.Rejected r = rejected(c.toByteArray());

        assertThat(r.commandId()).isEqualTo("c-8");
        assertThat(r.reason()).startsWith("invalid field value").contains("Play.index");
    }

    @Test
    void repeat_modes_reach_the_domain_and_an_unspecified_one_leaves_plays_alone() {
        Command set = Command.newBuilder().setId("c-9").setSetRepeat(io.tonearm.protocol.v1.SetRepeat.newBuilder()
                .setMode(io.tonearm.protocol.v1.RepeatMode.REPEAT_MODE_CONTEXT)).build();
        assertThat(accepted(set.toByteArray(), 0).command())
                .isEqualTo(new DeviceCommand.SetRepeat(io.tonearm.agent.playback.RepeatMode.CONTEXT));
        Command unspecified = Command.newBuilder().setId("c-10")
                .setSetRepeat(io.tonearm.protocol.v1.SetRepeat.getDefaultInstance()).build();
        assertThat(accepted(unspecified.toByteArray(), 0).command())
                .isEqualTo(new DeviceCommand.SetRepeat(io.tonearm.agent.playback.RepeatMode.OFF));
        Command play = Command.newBuilder().setId("c-11").setPlay(Play.newBuilder().addTrackUris("tonearm:track:a")
                .setRepeat(io.tonearm.protocol.v1.RepeatMode.REPEAT_MODE_TRACK)).build();
        assertThat(((DeviceCommand.Play) accepted(play.toByteArray(), 0).command()).repeat())
                .contains(io.tonearm.agent.playback.RepeatMode.TRACK);
        Command plain = Command.newBuilder().setId("c-12").setPlay(Play.newBuilder().addTrackUris("tonearm:track:a"))
                .build();
        assertThat(((DeviceCommand.Play) accepted(plain.toByteArray(), 0).command()).repeat()).isEmpty();
    }

    @Test
    void the_handoff_actions_reach_the_domain_with_their_instant_and_arrival_time() {
        Command prepare = Command.newBuilder().setId("c-1").setSessionVersion(4).setExecuteAtMs(0)
                .setPrepare(io.tonearm.protocol.v1.Prepare.newBuilder().addTrackUris("tonearm:track:a")
                        .addTrackUris("tonearm:track:b").setIndex(1).setPositionMs(61_250)).build();
        Command start = Command.newBuilder().setId("c-2").setSessionVersion(5).setExecuteAtMs(1_795_000_000_123L)
                .setStart(io.tonearm.protocol.v1.Start.newBuilder().setPositionMs(61_330)).build();
        Command probe = Command.newBuilder().setId("c-3")
                .setClockProbe(io.tonearm.protocol.v1.ClockProbe.getDefaultInstance()).build();

        CommandEnvelope p = accepted(prepare.toByteArray(), 77);
        assertThat(p.command()).isEqualTo(new DeviceCommand.Prepare(
                java.util.List.of(TrackRef.fromUri("tonearm:track:a"), TrackRef.fromUri("tonearm:track:b")), 1, 61_250,
                java.util.Optional.empty()));
        assertThat(p.receivedAtMs()).isEqualTo(77);
        CommandEnvelope s = accepted(start.toByteArray(), 78);
        assertThat(s.command()).isEqualTo(new DeviceCommand.Start(61_330));
        assertThat(s.executeAtMs()).isEqualTo(1_795_000_000_123L);
        assertThat(accepted(probe.toByteArray(), 79).command()).isEqualTo(new DeviceCommand.ClockProbe());
    }

    @Test
    void a_negative_execute_at_means_at_once() {
        Command c = Command.newBuilder().setId("c-4").setExecuteAtMs(-5).setPause(io.tonearm.protocol.v1.Pause
                .getDefaultInstance()).build();
        assertThat(accepted(c.toByteArray(), 1).executeAtMs()).isZero();
    }

    private static CommandEnvelope accepted(byte[] payload, long receivedAtMs) {
        InboundCommand in = WireTranslator.command(payload, receivedAtMs);
        assertThat(in).isInstanceOf(InboundCommand.Accepted.class);
        return ((InboundCommand.Accepted) in).envelope();
    }

    private static InboundCommand.Rejected rejected(byte[] payload) {
        InboundCommand in = WireTranslator.command(payload, 0);
        assertThat(in).isInstanceOf(InboundCommand.Rejected.class);
        return (InboundCommand.Rejected) in;
    }
}
