package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.hub.support.StubControlPlane;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.PlaybackStatus;
import io.tonearm.protocol.v1.StateReport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.michaelthelin.spotify.SpotifyApi;
import se.michaelthelin.spotify.enums.ModelObjectType;
import se.michaelthelin.spotify.exceptions.detailed.BadRequestException;
import se.michaelthelin.spotify.exceptions.detailed.NotFoundException;
import se.michaelthelin.spotify.exceptions.detailed.UnauthorizedException;
import se.michaelthelin.spotify.model_objects.miscellaneous.CurrentlyPlaying;
import se.michaelthelin.spotify.model_objects.miscellaneous.CurrentlyPlayingContext;
import se.michaelthelin.spotify.model_objects.miscellaneous.Device;
import se.michaelthelin.spotify.model_objects.special.PlaybackQueue;
import se.michaelthelin.spotify.model_objects.specification.Track;

/**
 * An existing Spotify Web API client, spotify-web-api-java, pointed at a real hub (embedded broker,
 * stub control plane) with the demo token: every player call it makes must be understood, and every
 * answer must parse into its model objects. Scripted devices acknowledge commands and report state.
 */
class SpotifyClientIT {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    static Path dataDir;
    static StubControlPlane controlPlane;
    static HubUnderTest hub;
    static SpotifyApi spotify;

    @BeforeAll
    static void start() throws Exception {
        controlPlane = new StubControlPlane();
        controlPlane.track("a", "Alpha", 200_000);
        controlPlane.track("b", "Bravo", 210_000);
        controlPlane.track("c", "Charlie", 220_000);
        controlPlane.context("playlists", "road", List.of("a", "b", "c"));
        hub = HubUnderTest.embedded(dataDir, Map.of("tonearm.hub.control-url", controlPlane.url()));
        spotify = client(hub.token());
    }

    @AfterAll
    static void stop() {
        hub.close();
        controlPlane.close();
    }

    private static SpotifyApi client(String token) {
        URI base = URI.create(hub.url("/"));
        return SpotifyApi.builder().setScheme("http").setHost(base.getHost()).setPort(base.getPort())
                .setAccessToken(token).build();
    }

    private static ScriptedDevice device(String id, String name, DeviceType type) throws Exception {
        ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), id, name, type);
        Eventually.await(id + " is listed", () -> hub.get("/v1/me/player/devices", hub.token()).body().contains(id));
        d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
        return d;
    }

    private static StateReport playing(List<String> queue, int index, long positionMs, int volume) {
        return StateReport.newBuilder().setStatus(PlaybackStatus.PLAYBACK_STATUS_PLAYING)
                .setTrackUri(queue.get(index)).setPositionMs(positionMs)
                .setPositionTimestampMs(System.currentTimeMillis()).setDurationMs(200_000).setVolumePercent(volume)
                .addAllQueue(queue).setQueueIndex(index).setSessionVersion(1).build();
    }

    private static JsonArray array(String... values) {
        JsonArray a = new JsonArray();
        Arrays.stream(values).forEach(a::add);
        return a;
    }

    private static JsonObject offsetPosition(int position) {
        JsonObject o = new JsonObject();
        o.addProperty("position", position);
        return o;
    }

    @Test
    void the_library_drives_every_player_endpoint_and_parses_every_answer() throws Exception {
        // No active device yet: Spotify's 404 surfaces as the library's own exception, and reads are empty.
        assertThatThrownBy(() -> spotify.pauseUsersPlayback().build().execute())
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No active device");
        assertThat(spotify.getUsersCurrentlyPlayingTrack().build().execute()).isNull();

        try (ScriptedDevice kitchen = device("sc-kitchen", "Kitchen", DeviceType.DEVICE_TYPE_SPEAKER);
                ScriptedDevice car = device("sc-car", "Car", DeviceType.DEVICE_TYPE_CAR)) {
            Device[] devices = spotify.getUsersAvailableDevices().build().execute();
            assertThat(devices).extracting(Device::getId).contains("sc-kitchen", "sc-car");
            Device listed = Arrays.stream(devices).filter(d -> d.getId().equals("sc-kitchen")).findFirst().orElseThrow();
            assertThat(listed.getName()).isEqualTo("Kitchen");
            assertThat(listed.getType()).isEqualTo("Speaker");
            assertThat(listed.getIs_active()).isFalse();

            // Transfer with nothing playing makes the kitchen the active device.
            spotify.transferUsersPlayback(array("sc-kitchen")).play(false).build().execute();
            Eventually.await("kitchen is active", () -> Arrays.stream(execute(spotify))
                    .anyMatch(d -> d.getId().equals("sc-kitchen") && d.getIs_active()));

            // Play a list of uris from an offset and a position.
            spotify.startResumeUsersPlayback().device_id("sc-kitchen")
                    .uris(array("tonearm:track:a", "tonearm:track:b", "tonearm:track:c"))
                    .offset(offsetPosition(1)).position_ms(5000).build().execute();
            Command play = kitchen.nextCommand(WAIT);
            assertThat(play.getPlay().getTrackUrisList())
                    .containsExactly("tonearm:track:a", "tonearm:track:b", "tonearm:track:c");
            assertThat(play.getPlay().getIndex()).isEqualTo(1);
            assertThat(play.getPlay().getPositionMs()).isEqualTo(5000);
            List<String> abc = List.of("tonearm:track:a", "tonearm:track:b", "tonearm:track:c");
            kitchen.state(playing(abc, 1, 5000, 30));
            Eventually.await("the report arrived", () -> {
                CurrentlyPlaying now = currentlyPlaying();
                return now != null && now.getItem() != null && "tonearm:track:b".equals(now.getItem().getUri());
            });

            CurrentlyPlaying now = spotify.getUsersCurrentlyPlayingTrack().build().execute();
            assertThat(now.getIs_playing()).isTrue();
            assertThat(now.getItem().getType()).isEqualTo(ModelObjectType.TRACK);
            assertThat(((Track) now.getItem()).getName()).isEqualTo("Bravo");
            assertThat(now.getProgress_ms()).isBetween(5000, 200_000);

            CurrentlyPlayingContext state = spotify.getInformationAboutUsersCurrentPlayback().build().execute();
            assertThat(state.getDevice().getId()).isEqualTo("sc-kitchen");
            assertThat(state.getDevice().getVolume_percent()).isEqualTo(30);
            assertThat(state.getIs_playing()).isTrue();
            assertThat(state.getRepeat_state()).isEqualTo("off");
            assertThat(state.getShuffle_state()).isFalse();
            assertThat(state.getItem().getUri()).isEqualTo("tonearm:track:b");

            // The controls each reach the device as their command.
            spotify.pauseUsersPlayback().build().execute();
            assertThat(kitchen.nextCommand(WAIT).hasPause()).isTrue();
            spotify.seekToPositionInCurrentlyPlayingTrack(42_000).build().execute();
            assertThat(kitchen.nextCommand(WAIT).getSeek().getPositionMs()).isEqualTo(42_000);
            spotify.setVolumeForUsersPlayback(55).build().execute();
            assertThat(kitchen.nextCommand(WAIT).getSetVolume().getVolumePercent()).isEqualTo(55);
            spotify.setRepeatModeOnUsersPlayback("context").build().execute();
            assertThat(kitchen.nextCommand(WAIT).hasSetRepeat()).isTrue();
            spotify.toggleShuffleForUsersPlayback(true).build().execute();
            Eventually.await("shuffle is on", () -> execute(spotify, true).getShuffle_state());
            assertThat(execute(spotify, true).getRepeat_state()).isEqualTo("context");
            spotify.skipUsersPlaybackToNextTrack().build().execute();
            assertThat(nextOf(kitchen, Command::hasNext).hasNext()).isTrue();
            spotify.skipUsersPlaybackToPreviousTrack().build().execute();
            assertThat(nextOf(kitchen, Command::hasPrevious).hasPrevious()).isTrue();

            // The queue: add an item, then read it back through the library's model.
            spotify.addItemToUsersPlaybackQueue("tonearm:track:c").build().execute();
            PlaybackQueue queue = spotify.getTheUsersQueue().build().execute();
            assertThat(queue.getCurrentlyPlaying()).isNotNull();
            assertThat(queue.getQueue()).extracting(i -> i.getUri()).contains("tonearm:track:c");

            // A context uri with an offset: the playlist is resolved through the control plane.
            spotify.startResumeUsersPlayback().context_uri("tonearm:playlist:road").offset(offsetPosition(2))
                    .position_ms(1200).build().execute();
            Command contextPlay = nextOf(kitchen, Command::hasPlay);
            assertThat(contextPlay.getPlay().getTrackUrisList()).contains("tonearm:track:c");
            assertThat(contextPlay.getPlay().getTrackUris(contextPlay.getPlay().getIndex()))
                    .isEqualTo("tonearm:track:c");
            assertThat(contextPlay.getPlay().getPositionMs()).isEqualTo(1200);
            Eventually.await("the context is the playlist", () -> {
                CurrentlyPlayingContext c = execute(spotify, true);
                return c.getContext() != null && "tonearm:playlist:road".equals(c.getContext().getUri());
            });

            // Errors the library parses as its own exceptions.
            // (The library checks volume and position ranges itself, so a bad uri is the 400 here.)
            assertThatThrownBy(() -> spotify.addItemToUsersPlaybackQueue("javascript:alert(1)").build().execute())
                    .isInstanceOf(BadRequestException.class);
            assertThatThrownBy(() -> spotify.transferUsersPlayback(array("no-such-device")).build().execute())
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> client("not-a-token").getUsersAvailableDevices().build().execute())
                    .isInstanceOf(UnauthorizedException.class);
        }
    }

    /** The next command that matches, skipping others (a transfer or shuffle may send its own). */
    private static Command nextOf(ScriptedDevice d, java.util.function.Predicate<Command> wanted) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Command c = d.nextCommand(WAIT);
            if (wanted.test(c)) {
                return c;
            }
        }
        throw new AssertionError("no matching command");
    }

    private static CurrentlyPlaying currentlyPlaying() {
        try {
            return spotify.getUsersCurrentlyPlayingTrack().build().execute();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Device[] execute(SpotifyApi api) {
        try {
            return api.getUsersAvailableDevices().build().execute();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static CurrentlyPlayingContext execute(SpotifyApi api, boolean playback) {
        try {
            return api.getInformationAboutUsersCurrentPlayback().build().execute();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
