package io.tonearm.agent.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.audio.Pcm16;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.playback.Volume;
import io.tonearm.agent.sink.CapturingSink;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.testkit.ManualTime;
import io.tonearm.agent.testkit.MemoryCatalog;
import io.tonearm.agent.testkit.RawPcmDecoder;
import io.tonearm.agent.testkit.RecordingTransport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On connect the agent reports the volume it starts at — and plays at it — never 100 by default. */
class ConnectVolumeTest {

    @Test
    void the_first_report_carries_the_initial_volume_and_the_samples_are_played_at_it() throws Exception {
        MemoryCatalog catalog = new MemoryCatalog();
        byte[] pcm = RawPcmDecoder.ramp(512, 1, 3);
        TrackRef a = catalog.add("a", pcm);
        RecordingTransport hub = new RecordingTransport();
        CapturingSink sink = new CapturingSink(new ManualTime());
        Agent agent = new AgentBuilder()
                .identity(new DeviceIdentity("d", "D", DeviceType.SPEAKER, "test", true, Quality.KBPS_320, "t"))
                .transport(hub).streamResolver(catalog).audioFetcher(catalog)
                .decoder(new RawPcmDecoder(new PcmFormat(8000, 1))).sink(sink).time(new ManualTime())
                .initialVolume(35).chunkFrames(256).build();
        try {
            agent.start();
            PlaybackState first = hub.awaitState(s -> true);
            assertThat(first.volumePercent()).isEqualTo(35);

            hub.agent().onCommand(new CommandEnvelope("p", 1, 1, 0, new DeviceCommand.Play(List.of(a), 0, 0, Optional.empty())));
            hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED);

            assertThat(hub.states).allMatch(s -> s.volumePercent() == 35);
            short[] got = sink.samples();
            assertThat(got).hasSize(512);
            float gain = Volume.gain(35);
            for (int i = 0; i < got.length; i++) {
                short in = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
                assertThat(got[i]).isEqualTo(Pcm16.toShort(in / 32768f * gain));
            }
        } finally {
            agent.close();
        }
    }
}
