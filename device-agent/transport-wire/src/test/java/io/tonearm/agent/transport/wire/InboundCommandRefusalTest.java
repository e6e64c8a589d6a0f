package io.tonearm.agent.transport.wire;

import static org.assertj.core.api.Assertions.assertThat;

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
    void actions_this_agent_does_not_implement_yet_are_refused_as_unsupported_with_their_id() {
        Command[] commands = {
            Command.newBuilder().setId("c-9").setPrepare(io.tonearm.protocol.v1.Prepare.newBuilder()
                    .addTrackUris("tonearm:track:a")).build(),
            Command.newBuilder().setId("c-9").setStart(io.tonearm.protocol.v1.Start.getDefaultInstance()).build(),
            Command.newBuilder().setId("c-9").setClockProbe(io.tonearm.protocol.v1.ClockProbe.getDefaultInstance()).build(),
            Command.newBuilder().setId("c-9").setSetRepeat(io.tonearm.protocol.v1.SetRepeat.getDefaultInstance()).build()};
        for (Command c : commands) {
            InboundCommand.Rejected r = rejected(c.toByteArray());

            assertThat(r.commandId()).isEqualTo("c-9");
            assertThat(r.reason()).startsWith("unsupported action: " + c.getActionCase().name());
        }
    }

    private static InboundCommand.Rejected rejected(byte[] payload) {
        InboundCommand in = WireTranslator.command(payload);
        assertThat(in).isInstanceOf(InboundCommand.Rejected.class);
        return (InboundCommand.Rejected) in;
    }
}
