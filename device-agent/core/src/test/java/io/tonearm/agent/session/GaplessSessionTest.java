package io.tonearm.agent.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.audio.PcmFormat;
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

/** Across a gapless boundary the session's events and state reports move from one track to the next in order. */
class GaplessSessionTest {

    @Test
    void events_and_reports_follow_the_tracks_across_the_boundary() throws Exception {
        MemoryCatalog catalog = new MemoryCatalog();
        TrackRef a = catalog.add("a", RawPcmDecoder.ramp(4000, 2, 1));
        TrackRef b = catalog.add("b", RawPcmDecoder.ramp(3000, 2, 2));
        TrackRef c = catalog.add("c", RawPcmDecoder.ramp(2000, 2, 3));
        RecordingTransport hub = new RecordingTransport();
        CapturingSink sink = new CapturingSink(new ManualTime());
        Agent agent = new AgentBuilder()
                .identity(new DeviceIdentity("d", "D", DeviceType.SPEAKER, "test", true, Quality.KBPS_320, "t"))
                .transport(hub).streamResolver(catalog).audioFetcher(catalog)
                .decoder(new RawPcmDecoder(new PcmFormat(8000, 2))).sink(sink).time(new ManualTime())
                .initialVolume(100).chunkFrames(256).gaplessLeadMs(900).build();
        try {
            agent.start();
            hub.agent().onCommand(new CommandEnvelope("p", 1, 1, 0, new DeviceCommand.Play(List.of(a, b, c), 0, 0, Optional.empty())));
            hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED && s.queueIndex() == 2);
        } finally {
            agent.close();
        }

        assertThat(sink.samples()).hasSize((4000 + 3000 + 2000) * 2);
        assertThat(hub.events).filteredOn(e -> e.kind() == DeviceEvent.Kind.TRACK_STARTED
                        || e.kind() == DeviceEvent.Kind.TRACK_COMPLETED)
                .extracting(e -> e.kind() + " " + e.track().map(TrackRef::id).orElse("-"))
                .containsExactly("TRACK_STARTED a", "TRACK_COMPLETED a", "TRACK_STARTED b", "TRACK_COMPLETED b",
                        "TRACK_STARTED c", "TRACK_COMPLETED c");
        assertThat(hub.states).filteredOn(s -> s.status() == PlaybackStatus.PLAYING)
                .extracting(s -> s.track().map(TrackRef::id).orElse("-") + "@" + s.queueIndex())
                .containsSubsequence("a@0", "b@1", "c@2")
                .allMatch(t -> t.equals("a@0") || t.equals("b@1") || t.equals("c@2"));
    }
}
