package io.tonearm.agent.hook;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.session.CommandEnvelope;
import io.tonearm.agent.session.DeviceCommand;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.testkit.ManualTime;
import io.tonearm.agent.testkit.MemoryCatalog;
import io.tonearm.agent.testkit.RawPcmDecoder;
import io.tonearm.agent.testkit.RecordingTransport;
import io.tonearm.agent.sink.CapturingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event program runs for each player event with the event in its environment, off the player thread. */
class EventHookTest {
    @TempDir
    Path dir;

    @Test
    void a_real_script_sees_each_event_with_its_variables() throws Exception {
        Path out = dir.resolve("events.txt");
        Path script = script("echo \"$PLAYER_EVENT track=$TRACK_ID old=$OLD_TRACK_ID pos=$POSITION_MS dur=$DURATION_MS"
                + " vol=$VOLUME err=$ERROR\" >> '" + out + "'");
        MemoryCatalog catalog = new MemoryCatalog();
        TrackRef a = catalog.add("a", RawPcmDecoder.ramp(2048, 2, 1));
        TrackRef b = catalog.add("b", RawPcmDecoder.ramp(1024, 2, 2));
        RecordingTransport hub = new RecordingTransport();
        EventHook hook = new EventHook(script, Duration.ofSeconds(5));
        Agent agent = new AgentBuilder()
                .identity(new DeviceIdentity("kitchen", "Kitchen", DeviceType.SPEAKER, "test", true, Quality.KBPS_320, "t"))
                .transport(new HookedTransport(hub, hook)).streamResolver(catalog).audioFetcher(catalog)
                .decoder(new RawPcmDecoder(new PcmFormat(8000, 2))).sink(new CapturingSink(new ManualTime()))
                .time(new ManualTime()).initialVolume(35).chunkFrames(256).build();
        try {
            agent.start();
            hub.agent().onCommand(new CommandEnvelope("c1", 1, 1, 0, new DeviceCommand.Play(List.of(a, b), 0, 0, Optional.empty())));
            hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED);
            hub.agent().onCommand(new CommandEnvelope("c2", 2, 2, 0, new DeviceCommand.SetVolume(60)));
            hub.awaitAck("c2");
            RecordingTransport.await(() -> hook.runs() >= 6 ? true : null);
        } finally {
            agent.close();
        }

        // Positions of start events are the session's live play head, which an unpaced sink races past.
        assertThat(Files.readAllLines(out)).extracting(l -> l.startsWith("end") || l.startsWith("vol") ? l
                        : l.replaceAll("pos=\\d+", "pos=*")).containsExactly(
                "started track=a old= pos=* dur=1000 vol=35 err=",
                "end_of_track track=a old= pos=1000 dur=1000 vol=35 err=",
                "changed track=b old=a pos=* dur=1000 vol=35 err=",
                "started track=b old= pos=* dur=1000 vol=35 err=",
                "end_of_track track=b old= pos=1000 dur=1000 vol=35 err=",
                "volume_set track=b old= pos=1000 dur=1000 vol=60 err=");
    }

    @Test
    void an_error_carries_its_code_and_message() throws Exception {
        Path out = dir.resolve("error.txt");
        EventHook hook = new EventHook(script("echo \"$PLAYER_EVENT $ERROR $ERROR_MESSAGE\" > '" + out + "'"), Duration.ofSeconds(5));
        new EventHookMapper().map(new io.tonearm.agent.session.DeviceEvent(io.tonearm.agent.session.DeviceEvent.Kind.ERROR, 1,
                Optional.of(new TrackRef("x")), 0, 10, "decode_corrupt", "corrupt stream: bad page"), 0).forEach(hook::offer);
        RecordingTransport.await(() -> hook.runs() >= 1 ? true : null);
        hook.close();
        assertThat(Files.readString(out)).isEqualTo("error decode_corrupt corrupt stream: bad page\n");
    }

    @Test
    void a_hung_program_is_killed_and_the_next_event_still_runs() throws Exception {
        Path out = dir.resolve("after.txt");
        EventHook hook = new EventHook(script("if [ \"$PLAYER_EVENT\" = hang ]; then sleep 60; fi; echo \"$PLAYER_EVENT\" >> '" + out + "'"),
                Duration.ofMillis(300));
        long start = System.nanoTime();
        hook.offer(new HookEvent("hang", Map.of()));
        hook.offer(new HookEvent("paused", Map.of()));
        RecordingTransport.await(() -> hook.runs() >= 2 ? true : null);
        hook.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(Files.readAllLines(out)).containsExactly("paused");
    }

    @Test
    void a_full_queue_drops_events_without_blocking_the_caller() throws Exception {
        EventHook hook = new EventHook(script("sleep 2"), Duration.ofSeconds(5));
        long start = System.nanoTime();
        int accepted = 0;
        for (int i = 0; i < 100; i++) {
            accepted += hook.offer(new HookEvent("seeked", Map.of("POSITION_MS", Integer.toString(i)))) ? 1 : 0;
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        hook.close();
        assertThat(elapsedMs).isLessThan(1000);
        assertThat(accepted).isBetween(EventHook.QUEUE_CAPACITY, EventHook.QUEUE_CAPACITY + 1);
        assertThat(hook.dropped()).isEqualTo(100 - accepted);
    }

    @Test
    void a_program_that_cannot_start_is_logged_and_the_hook_carries_on() throws Exception {
        EventHook hook = new EventHook(dir.resolve("missing"), Duration.ofSeconds(1));
        hook.offer(new HookEvent("paused", Map.of()));
        hook.offer(new HookEvent("playing", Map.of()));
        RecordingTransport.await(() -> hook.runs() >= 2 ? true : null);
        hook.close();
    }

    private Path script(String body) throws Exception {
        Path p = dir.resolve("hook-" + System.nanoTime() + ".sh");
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }
}
