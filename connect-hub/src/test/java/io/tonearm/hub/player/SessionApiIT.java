package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.hub.support.StubControlPlane;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.PlaybackStatus;
import io.tonearm.protocol.v1.RepeatMode;
import io.tonearm.protocol.v1.StateReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contexts, repeat, shuffle and the queue through a real hub, a stub control plane and scripted devices. */
class SessionApiIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final List<String> SIXTY = IntStream.range(0, 60).mapToObj(i -> "s" + i).collect(Collectors.toList());

    @TempDir
    static Path dataDir;
    static StubControlPlane controlPlane;
    static HubUnderTest hub;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        controlPlane = new StubControlPlane();
        controlPlane.context("albums", "sixty", SIXTY);
        controlPlane.context("playlists", "mix", List.of("m0", "m1", "m2"));
        controlPlane.context("playlists", "empty", List.of());
        controlPlane.rawContext("playlists", "garbage", "{\"items\":\"nope\"}");
        controlPlane.rawContext("albums", "hostile", "{\"items\":[{\"uri\":\"javascript:alert(1)\"},"
                + "{\"track\":{\"uri\":\"tonearm:track:ok\"}},{\"uri\":42},null,{\"track\":null}],\"total\":5}");
        hub = HubUnderTest.embedded(dataDir, Map.of("tonearm.hub.control-url", controlPlane.url()));
        token = hub.token();
    }

    @AfterAll
    static void stop() {
        hub.close();
        controlPlane.close();
    }

    private ScriptedDevice device(String id) throws Exception {
        ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), id, "Speaker " + id, DeviceType.DEVICE_TYPE_SPEAKER);
        Eventually.await(id + " is listed", () -> hub.get("/v1/me/player/devices", token).body().contains(id));
        d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
        return d;
    }

    private static List<String> uris(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> "tonearm:track:" + id).collect(Collectors.toList());
    }

    @Test
    void an_album_context_is_read_page_by_page_and_played_from_the_offset() throws Exception {
        try (ScriptedDevice d = device("ctx-album")) {
            assertThat(hub.put("/v1/me/player/play?device_id=ctx-album",
                    "{\"context_uri\":\"tonearm:album:sixty\",\"offset\":{\"position\":55},\"position_ms\":1200}", token)
                    .status()).isEqualTo(204);
            Command play = d.nextCommand(WAIT);
            assertThat(play.getPlay().getTrackUrisList()).hasSize(60).startsWith("tonearm:track:s0")
                    .endsWith("tonearm:track:s59");
            assertThat(play.getPlay().getIndex()).isEqualTo(55);
            assertThat(play.getPlay().getPositionMs()).isEqualTo(1200);

            JsonNode player = hub.json(hub.get("/v1/me/player", token));
            assertThat(player.get("context").get("type").getStringValue()).isEqualTo("album");
            assertThat(player.get("context").get("uri").getStringValue()).isEqualTo("tonearm:album:sixty");
            assertThat(player.get("context").get("href").getStringValue()).endsWith("/v1/albums/sixty");
            assertThat(player.get("repeat_state").getStringValue()).isEqualTo("off");
            assertThat(player.get("shuffle_state").getBooleanValue()).isFalse();
            assertThat(player.get("actions").get("disallows")).isNotNull();

            JsonNode queue = hub.json(hub.get("/v1/me/player/queue", token));
            assertThat(queue.get("currently_playing").get("uri").getStringValue()).isEqualTo("tonearm:track:s55");
            assertThat(queue.get("queue").size()).isEqualTo(4);
        }
    }

    @Test
    void contexts_that_are_missing_empty_or_garbage_get_clear_errors_and_no_command() throws Exception {
        try (ScriptedDevice d = device("ctx-bad")) {
            HubUnderTest.Response missing = hub.put("/v1/me/player/play?device_id=ctx-bad",
                    "{\"context_uri\":\"tonearm:playlist:nope\"}", token);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.body()).contains("Context not found");
            HubUnderTest.Response empty = hub.put("/v1/me/player/play?device_id=ctx-bad",
                    "{\"context_uri\":\"tonearm:playlist:empty\"}", token);
            assertThat(empty.status()).isEqualTo(403);
            assertThat(empty.body()).contains("CONTEXT_DISALLOW");
            assertThat(hub.put("/v1/me/player/play?device_id=ctx-bad", "{\"context_uri\":\"tonearm:playlist:garbage\"}",
                    token).status()).isEqualTo(502);
            assertThat(hub.put("/v1/me/player/play?device_id=ctx-bad", "{\"context_uri\":\"tonearm:album:../x\"}",
                    token).status()).isEqualTo(400);
            assertThat(hub.put("/v1/me/player/play?device_id=ctx-bad",
                    "{\"context_uri\":\"tonearm:playlist:mix\",\"offset\":{\"position\":3}}", token).status())
                    .isEqualTo(400);
            d.expectNoCommand(Duration.ofMillis(300));

            assertThat(hub.put("/v1/me/player/play?device_id=ctx-bad", "{\"context_uri\":\"tonearm:album:hostile\"}",
                    token).status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).getPlay().getTrackUrisList()).as("only the valid track uri")
                    .containsExactly("tonearm:track:ok");
        }
    }

    @Test
    void repeat_is_sent_to_the_device_and_carried_by_later_plays() throws Exception {
        try (ScriptedDevice d = device("rep")) {
            assertThat(hub.put("/v1/me/player/play?device_id=rep", "{\"context_uri\":\"tonearm:playlist:mix\"}", token)
                    .status()).isEqualTo(204);
            d.nextCommand(WAIT);
            assertThat(hub.put("/v1/me/player/repeat?state=track", null, token).status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).getSetRepeat().getMode()).isEqualTo(RepeatMode.REPEAT_MODE_TRACK);
            assertThat(hub.json(hub.get("/v1/me/player", token)).get("repeat_state").getStringValue()).isEqualTo("track");
            assertThat(hub.put("/v1/me/player/play?device_id=rep", "{\"uris\":[\"tonearm:track:x\"]}", token).status())
                    .isEqualTo(204);
            assertThat(d.nextCommand(WAIT).getPlay().getRepeat()).isEqualTo(RepeatMode.REPEAT_MODE_TRACK);
            assertThat(hub.put("/v1/me/player/repeat?state=context", null, token).status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).getSetRepeat().getMode()).isEqualTo(RepeatMode.REPEAT_MODE_CONTEXT);
            assertThat(hub.put("/v1/me/player/repeat?state=off", null, token).status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).getSetRepeat().getMode()).isEqualTo(RepeatMode.REPEAT_MODE_OFF);

            for (String bad : new String[] {"", "?state=", "?state=TRACK", "?state=all", "?state=off&state=track",
                "?state=%00", "?state=" + "x".repeat(2000)}) {
                HubUnderTest.Response r = hub.put("/v1/me/player/repeat" + bad, null, token);
                assertThat(r.status()).as(bad).isEqualTo(400);
            }
            assertThat(hub.put("/v1/me/player/repeat?state=off&device_id=nobody", null, token).status()).isEqualTo(404);
            d.expectNoCommand(Duration.ofMillis(300));
        }
    }

    @Test
    void shuffle_reorders_what_comes_next_and_unshuffle_restores_the_context_order() throws Exception {
        try (ScriptedDevice d = device("shuf")) {
            assertThat(hub.put("/v1/me/player/play?device_id=shuf",
                    "{\"context_uri\":\"tonearm:album:sixty\",\"offset\":{\"position\":10}}", token).status()).isEqualTo(204);
            d.nextCommand(WAIT);
            assertThat(hub.put("/v1/me/player/shuffle?state=true", null, token).status()).isEqualTo(204);
            Command shuffled = d.nextCommand(WAIT);
            List<String> order = shuffled.getPlay().getTrackUrisList();
            assertThat(shuffled.getPlay().getIndex()).isEqualTo(10);
            assertThat(order.subList(0, 11)).isEqualTo(uris(SIXTY.subList(0, 11).toArray(String[]::new)));
            assertThat(order).containsExactlyInAnyOrderElementsOf(uris(SIXTY.toArray(String[]::new)));
            assertThat(order.subList(11, 60)).isNotEqualTo(uris(SIXTY.subList(11, 60).toArray(String[]::new)));
            assertThat(hub.json(hub.get("/v1/me/player", token)).get("shuffle_state").getBooleanValue()).isTrue();

            assertThat(hub.put("/v1/me/player/shuffle?state=false", null, token).status()).isEqualTo(204);
            Command back = d.nextCommand(WAIT);
            assertThat(back.getPlay().getTrackUrisList().subList(11, 60))
                    .isEqualTo(uris(SIXTY.subList(11, 60).toArray(String[]::new)));
            for (String bad : new String[] {"", "?state=yes", "?state=TRUE", "?state=1", "?state=true&state=false"}) {
                assertThat(hub.put("/v1/me/player/shuffle" + bad, null, token).status()).as(bad).isEqualTo(400);
            }
            d.expectNoCommand(Duration.ofMillis(300));
        }
    }

    @Test
    void a_queued_track_plays_after_the_current_one_and_the_session_follows_the_device() throws Exception {
        try (ScriptedDevice d = device("que")) {
            assertThat(hub.put("/v1/me/player/play?device_id=que", "{\"uris\":[\"tonearm:track:a\",\"tonearm:track:b\"]}",
                    token).status()).isEqualTo(204);
            d.nextCommand(WAIT);
            assertThat(hub.post("/v1/me/player/queue?uri=tonearm:track:q", token).status()).isEqualTo(204);
            Command reload = d.nextCommand(WAIT);
            assertThat(reload.getPlay().getTrackUrisList()).containsExactlyElementsOf(uris("a", "q", "b"));
            assertThat(reload.getPlay().getIndex()).isZero();
            JsonNode queue = hub.json(hub.get("/v1/me/player/queue", token));
            assertThat(queue.get("queue").get(0).get("uri").getStringValue()).isEqualTo("tonearm:track:q");

            d.state(StateReport.newBuilder().setStatus(PlaybackStatus.PLAYBACK_STATUS_PLAYING)
                    .setTrackUri("tonearm:track:q").addAllQueue(uris("a", "q", "b")).setQueueIndex(1)
                    .setPositionMs(10).setDurationMs(5000).setVolumePercent(30).setSessionVersion(reload.getSessionVersion())
                    .build());
            Eventually.await("the session follows the device to q", () -> hub.json(hub.get("/v1/me/player/queue", token))
                    .get("currently_playing").get("uri").getStringValue().equals("tonearm:track:q"));
            assertThat(hub.json(hub.get("/v1/me/player/queue", token)).get("queue").size()).isEqualTo(1);

            for (String bad : new String[] {"", "?uri=", "?uri=tonearm:album:x", "?uri=javascript:alert(1)",
                "?uri=tonearm:track:a&uri=tonearm:track:b"}) {
                assertThat(hub.post("/v1/me/player/queue" + bad, token).status()).as(bad).isEqualTo(400);
            }
            d.expectNoCommand(Duration.ofMillis(300));
        }
    }

    @Test
    void commands_to_an_offline_device_fail_fast_with_404() throws Exception {
        ScriptedDevice d = device("gone");
        assertThat(hub.put("/v1/me/player/play?device_id=gone", "{\"uris\":[\"tonearm:track:a\"]}", token).status())
                .isEqualTo(204);
        d.crash();
        Eventually.await("gone is offline", () -> !hub.get("/v1/me/player/devices", token).body().contains("\"gone\""));
        long started = System.nanoTime();
        HubUnderTest.Response r = hub.put("/v1/me/player/repeat?state=track&device_id=gone", null, token);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("Device is offline");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no waiting for an ack").isLessThan(WAIT);
        assertThat(hub.post("/v1/me/player/queue?uri=tonearm:track:a&device_id=gone", token).status()).isEqualTo(404);
    }
}
