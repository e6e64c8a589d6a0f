package io.tonearm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.sink.CapturingSink;
import io.tonearm.agent.sink.PacedSink;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote-control endpoints end to end: the real control plane and hub, one simulated device
 * running the real agent at volume 100 with a two-track queue, and a phone's seek, next, volume and
 * previous, checked sample for sample against the reference decode where the audio is unscaled.
 */
class PlayerControlsIT {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final int FRAME_SAMPLES = 2;
    static final int SAMPLES_PER_SECOND = 44100 * FRAME_SAMPLES;
    /** New audio may follow up to this much of the old (what was already on its way to the sink). */
    static final int MAX_TAIL = 2 * SAMPLES_PER_SECOND;
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path data;
    static Stack stack;
    static HubApi hub;
    static final CapturingSink sink = new CapturingSink(TimeSource.SYSTEM);
    static SimulatedDevice kitchen;

    @BeforeAll
    static void start() throws Exception {
        stack = Stack.start(Reference.HOME, data, Ports.ephemeral(), Optional.empty());
        hub = new HubApi(stack.hubUrl(), stack.demoToken());
        kitchen = SimulatedDevice.start(new SimulatedDevice.Spec("Kitchen", DeviceType.SPEAKER, "smart-speaker", 100,
                new PacedSink(sink, TimeSource.SYSTEM)), stack.controlUrl(), stack.mqttUrl(), TimeSource.SYSTEM, false);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {kitchen, stack}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    @Test
    void seek_next_volume_and_previous_reach_the_speaker_and_its_audio() throws Exception {
        Await.until("the kitchen is listed", WAIT, () -> hub.devices().size() == 1);
        List<CatalogApi.Track> tracks = new CatalogApi(stack.controlUrl()).tracks();
        CatalogApi.Track first = tracks.get(0);
        CatalogApi.Track second = tracks.get(1);
        short[] firstReference = Reference.decode(Reference.file(first.id(), 320));
        short[] secondReference = Reference.decode(Reference.file(second.id(), 320));

        HubApi.Reply play = hub.play(kitchen.id(), List.of(first.uri(), second.uri()), 0);
        assertThat(play.status()).as(play.toString()).isEqualTo(204);
        Await.until("a second of the first track", WAIT, () -> sink.bytesCaptured() >= SAMPLES_PER_SECOND * 2L);
        assertThat(Reference.firstDifference(sink.samples(), firstReference)).isEqualTo(-1);

        // Seek to 10 s: after whatever was already on its way, the samples are the reference from 10 000 ms.
        int seekFrom = 10_000 * 441 / 10 * FRAME_SAMPLES;
        int beforeSeek = sink.samples().length;
        HubApi.Reply seek = hub.send("PUT", "/v1/me/player/seek?position_ms=10000", null);
        assertThat(seek.status()).as(seek.toString()).isEqualTo(204);
        Await.until("1.5 s after the seek", WAIT,
                () -> sink.bytesCaptured() >= (beforeSeek + SAMPLES_PER_SECOND * 3L / 2) * 2);
        short[] afterSeek = sink.samples();
        int seekStart = whereMatches(afterSeek, beforeSeek, firstReference, seekFrom, SAMPLES_PER_SECOND);
        assertThat(seekStart).as("the reference from 10 s begins within %d samples", MAX_TAIL).isNotNegative();
        assertThat(Reference.firstDifference(Arrays.copyOf(afterSeek, seekStart), firstReference))
                .as("before the seek took effect: the first track, contiguous").isEqualTo(-1);
        Await.until("the hub shows the new position", WAIT,
                () -> hub.player().orElseThrow().path("progress_ms").asLong() >= 10_000);

        // Next: the device reports the second track and plays it from its first sample.
        int beforeNext = sink.samples().length;
        HubApi.Reply next = hub.send("POST", "/v1/me/player/next", null);
        assertThat(next.status()).as(next.toString()).isEqualTo(204);
        Await.until("the device reports the second track", WAIT,
                () -> kitchen.state().track().map(TrackRef::id).filter(second.id()::equals).isPresent());
        Await.until("a second of the second track", WAIT,
                () -> sink.bytesCaptured() >= (beforeNext + SAMPLES_PER_SECOND * 3L / 2) * 2);
        short[] afterNext = sink.samples();
        int nextStart = whereMatches(afterNext, beforeNext, secondReference, 0, SAMPLES_PER_SECOND);
        assertThat(nextStart).as("the second track from its start").isNotNegative();
        assertThat(Reference.firstDifference(Arrays.copyOfRange(afterNext, nextStart, afterNext.length),
                secondReference)).as("the second track, contiguous").isEqualTo(-1);
        Await.until("the hub shows the second track", WAIT,
                () -> hub.player().orElseThrow().path("item").path("id").asText().equals(second.id()));
        JsonNode queue = JSON.readTree(hub.send("GET", "/v1/me/player/queue", null).body());
        assertThat(queue.path("currently_playing").path("id").asText()).isEqualTo(second.id());
        assertThat(queue.path("queue").size()).as("nothing after the last track").isZero();

        // Volume 50: what the device reports, and what the devices list shows.
        HubApi.Reply volume = hub.send("PUT", "/v1/me/player/volume?volume_percent=50", null);
        assertThat(volume.status()).as(volume.toString()).isEqualTo(204);
        Await.until("the device reports 50", WAIT, () -> kitchen.state().volumePercent() == 50);
        Await.until("the hub lists 50", WAIT,
                () -> hub.devices().get(0).volumePercent().equals(Optional.of(50)));

        // Previous within 3 s of the second track: back to the first.
        assertThat(kitchen.state().positionMs()).as("still inside the restart threshold").isLessThan(3000);
        HubApi.Reply previous = hub.send("POST", "/v1/me/player/previous", null);
        assertThat(previous.status()).as(previous.toString()).isEqualTo(204);
        Await.until("the device reports the first track", WAIT,
                () -> kitchen.state().track().map(TrackRef::id).filter(first.id()::equals).isPresent());
        Await.until("the hub shows the first track", WAIT,
                () -> hub.player().orElseThrow().path("item").path("id").asText().equals(first.id()));
        JsonNode now = JSON.readTree(hub.send("GET", "/v1/me/player/currently-playing", null).body());
        assertThat(now.path("item").path("id").asText()).isEqualTo(first.id());
        assertThat(now.path("progress_ms").asLong()).isLessThan(5000);
        JsonNode queueAgain = JSON.readTree(hub.send("GET", "/v1/me/player/queue", null).body());
        assertThat(queueAgain.path("queue").path(0).path("id").asText()).isEqualTo(second.id());

        // At the end of the queue again, next is Spotify's restriction, and a bad seek is refused.
        assertThat(hub.send("POST", "/v1/me/player/next", null).status()).isEqualTo(204);
        HubApi.Reply pastTheEnd = hub.send("POST", "/v1/me/player/next", null);
        assertThat(pastTheEnd.status()).as(pastTheEnd.toString()).isEqualTo(403);
        assertThat(JSON.readTree(pastTheEnd.body()).path("error").path("reason").asText()).isEqualTo("NO_NEXT_TRACK");
        assertThat(hub.send("PUT", "/v1/me/player/seek?position_ms=-5", null).status()).isEqualTo(400);
        assertThat(hub.pause().status()).isEqualTo(204);
    }

    /**
     * The first index at or after {@code from} (and at most {@link #MAX_TAIL} after it) where {@code got}
     * holds {@code length} samples equal to {@code want} from {@code wantFrom}; -1 when there is none.
     */
    static int whereMatches(short[] got, int from, short[] want, int wantFrom, int length) {
        for (int start = from; start <= from + MAX_TAIL && start + length <= got.length; start += FRAME_SAMPLES) {
            int i = 0;
            while (i < length && got[start + i] == want[wantFrom + i]) {
                i++;
            }
            if (i == length) {
                return start;
            }
        }
        return -1;
    }
}
