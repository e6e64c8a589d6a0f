package io.tonearm.agent.transport.mqtt;

import io.tonearm.agent.session.CommandAck;
import io.tonearm.agent.session.DeviceEvent;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.Play;
import java.util.List;
import java.util.Optional;

/** Domain values and wire commands the transport tests share. */
final class Fixtures {

    private Fixtures() {
    }

    static DeviceIdentity kitchen(String deviceId) {
        return new DeviceIdentity(deviceId, "Kitchen", DeviceType.SPEAKER, "smart-speaker", true, Quality.KBPS_160, "0.1.0");
    }

    static PlaybackState playing(String trackId, long positionMs, long sessionVersion) {
        TrackRef track = new TrackRef(trackId);
        return new PlaybackState(PlaybackStatus.PLAYING, Optional.of(track), positionMs, 1_700_000_000_000L, 23_450,
                40, 1_500, 2, Optional.of(Quality.KBPS_160), sessionVersion,
                List.of(new TrackRef("intro"), track), 1);
    }

    static PlaybackState idle() {
        return new PlaybackState(PlaybackStatus.IDLE, Optional.empty(), 0, 0, 0, 55, 0, 0, Optional.empty(), 0,
                List.of(), 0);
    }

    static DeviceEvent error(String message) {
        return new DeviceEvent(DeviceEvent.Kind.ERROR, 1_700_000_000_123L, Optional.of(new TrackRef("t1")), 900, 40,
                "stream_forbidden", message);
    }

    static CommandAck applied(String commandId, long sessionVersion) {
        return new CommandAck(commandId, CommandAck.Outcome.APPLIED, "", "", sessionVersion, 1_700_000_000_456L);
    }

    static Command play(String id, String... trackUris) {
        return Command.newBuilder().setId(id).setSessionVersion(7).setSequence(3).setIssuedAtMs(1_700_000_000_000L)
                .setPlay(Play.newBuilder().addAllTrackUris(List.of(trackUris)).setIndex(trackUris.length - 1)
                        .setPositionMs(12_000).setQuality(io.tonearm.protocol.v1.Quality.QUALITY_320_KBPS))
                .build();
    }

    static <T> T ok(io.tonearm.protocol.Decoded<T> decoded) {
        org.assertj.core.api.Assertions.assertThat(decoded).isInstanceOf(io.tonearm.protocol.Decoded.Ok.class);
        return ((io.tonearm.protocol.Decoded.Ok<T>) decoded).message();
    }
}
