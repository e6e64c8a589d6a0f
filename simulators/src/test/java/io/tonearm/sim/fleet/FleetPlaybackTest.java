package io.tonearm.sim.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.session.DeviceCommand;
import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.agent.stream.TrackRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fleet's player model reports what a real agent would after each command. */
class FleetPlaybackTest {
    static final List<TrackRef> TWO = List.of(new TrackRef("a"), new TrackRef("b"));

    @Test
    void play_pause_resume_next_and_volume_change_the_reported_state() {
        FleetPlayback p = new FleetPlayback();
        assertThat(p.state(0).status()).isEqualTo(PlaybackStatus.IDLE);
        assertThat(p.apply(new DeviceCommand.Resume())).as("nothing to resume yet").isNotEmpty();
        assertThat(p.apply(new DeviceCommand.Play(TWO, 0, 5000, Optional.empty()))).isEmpty();
        assertThat(p.state(3).status()).isEqualTo(PlaybackStatus.PLAYING);
        assertThat(p.state(3).positionMs()).isGreaterThanOrEqualTo(5000);
        assertThat(p.state(3).sessionVersion()).isEqualTo(3);
        assertThat(p.apply(new DeviceCommand.Pause())).isEmpty();
        assertThat(p.state(3).status()).isEqualTo(PlaybackStatus.PAUSED);
        assertThat(p.apply(new DeviceCommand.Next())).isEmpty();
        assertThat(p.state(3).queueIndex()).isEqualTo(1);
        assertThat(p.apply(new DeviceCommand.Next())).as("no next at the end").isNotEmpty();
        assertThat(p.apply(new DeviceCommand.SetVolume(70))).isEmpty();
        assertThat(p.state(3).volumePercent()).isEqualTo(70);
        assertThat(p.apply(new DeviceCommand.Start(0))).as("handoffs are out of the model").isNotEmpty();
    }
}
