package io.tonearm.agent.playback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.sink.CapturingSink;
import io.tonearm.agent.sink.HardwareVolume;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.testkit.ManualTime;
import io.tonearm.agent.testkit.MemoryCatalog;
import io.tonearm.agent.testkit.RawPcmDecoder;
import io.tonearm.agent.testkit.RecordingTransport;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** With a hardware mixer the volume goes to the mixer and the samples stay bit-exact. */
class HardwareVolumeTest {

    @Test
    void volume_changes_go_to_the_mixer_and_samples_reach_the_sink_untouched() {
        List<Integer> mixer = new CopyOnWriteArrayList<>();
        HardwareVolume hw = new HardwareVolume() {
            @Override
            public void setPercent(int percent) {
                mixer.add(percent);
            }

            @Override
            public String describe() {
                return "test mixer";
            }
        };
        MemoryCatalog catalog = new MemoryCatalog();
        byte[] pcm = RawPcmDecoder.ramp(1000, 2, 5);
        TrackRef a = catalog.add("a", pcm);
        CapturingSink sink = new CapturingSink(new ManualTime());
        List<String> done = new CopyOnWriteArrayList<>();
        try (Player player = new Player(catalog, catalog, new PlayerParts(new RawPcmDecoder(new PcmFormat(8000, 2)), sink, 256),
                endListener(done), 30, Optional.of(hw))) {
            player.setVolume(70);
            player.play(new PlayRequest(List.of(a), 0, 0, Quality.KBPS_320, false));
            RecordingTransport.await(() -> done.isEmpty() ? null : true);
        }
        assertThat(mixer).containsExactly(30, 70);
        short[] got = sink.samples();
        for (int i = 0; i < got.length; i++) {
            assertThat(got[i]).isEqualTo((short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8)));
        }
        assertThat(got).hasSize(2000);
    }

    static PlayerListener endListener(List<String> done) {
        return new PlayerListener() {
            @Override
            public void onLoading(long generation, TrackRef track, int queueIndex, StreamTicket ticket) {
            }

            @Override
            public void onTrackStarted(long generation, TrackRef track, int queueIndex, long positionMs) {
            }

            @Override
            public void onTrackCompleted(long generation, TrackRef track, int queueIndex) {
            }

            @Override
            public void onError(long generation, TrackRef track, int queueIndex, String code, String message) {
                done.add("error " + code);
            }

            @Override
            public void onQueueEnded(long generation) {
                done.add("ended");
            }
        };
    }
}
