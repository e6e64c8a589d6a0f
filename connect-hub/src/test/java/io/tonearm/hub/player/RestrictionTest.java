package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.device.DeviceCommand;
import io.tonearm.hub.http.ErrorBody;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestrictionTest {

    @Test
    void the_agents_error_codes_for_next_previous_and_seek_are_spotify_restrictions() {
        assertThat(Restriction.ofFailure(new DeviceCommand.Next(), "no_next_track")).contains(Restriction.NO_NEXT_TRACK);
        assertThat(Restriction.ofFailure(new DeviceCommand.Previous(), "no_previous_track"))
                .contains(Restriction.NO_PREV_TRACK);
        assertThat(Restriction.ofFailure(new DeviceCommand.Seek(1), "nothing_loaded"))
                .contains(Restriction.NOT_PLAYING_TRACK);
    }

    @Test
    void other_codes_text_and_other_commands_are_not_restrictions() {
        assertThat(Restriction.ofFailure(new DeviceCommand.Next(), "no next track")).as("text is not parsed").isEmpty();
        assertThat(Restriction.ofFailure(new DeviceCommand.Next(), "")).isEmpty();
        assertThat(Restriction.ofFailure(new DeviceCommand.Previous(), "no_next_track")).isEmpty();
        assertThat(Restriction.ofFailure(new DeviceCommand.SetVolume(3), "no_next_track")).isEmpty();
        assertThat(Restriction.ofFailure(new DeviceCommand.Play(List.of("tonearm:track:a"), 0, 0), "no_next_track"))
                .isEmpty();
        assertThat(Restriction.ofFailure(new DeviceCommand.Pause(), "nothing_loaded")).isEmpty();
    }

    @Test
    void a_restricted_player_exception_is_a_403_with_spotifys_message_and_reason() {
        PlayerException e = PlayerException.restricted(Restriction.VOLUME_CONTROL_DISALLOW);
        assertThat(e.status().getCode()).isEqualTo(403);
        assertThat(e.publicMessage()).isEqualTo("Player command failed: Cannot control device volume");
        assertThat(e.reason()).contains("VOLUME_CONTROL_DISALLOW");
        assertThat(PlayerException.deviceNotFound().reason()).isEmpty();
        assertThat(ErrorBody.of(403, "m", Optional.of("NO_NEXT_TRACK")).error().reason()).isEqualTo("NO_NEXT_TRACK");
    }
}
