package io.tonearm.hub.player;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.tonearm.hub.auth.BearerTokenFilter;
import java.util.Optional;

/**
 * Spotify-Web-API-shaped player endpoints. They block while a device answers, so they run on the
 * blocking executor, never on the event loop.
 */
@Controller("/v1/me/player")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlayerController {

    private final PlayerService player;
    private final JsonMapper json;

    public PlayerController(PlayerService player, JsonMapper json) {
        this.player = player;
        this.json = json;
    }

    @Get("/devices")
    public DeviceView.Devices devices(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user) {
        return new DeviceView.Devices(player.devices(user));
    }

    @Get
    public HttpResponse<PlaybackView> playback(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user) {
        return player.playback(user).map(HttpResponse::ok).orElseGet(HttpResponse::noContent);
    }

    @Put("/play")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> play(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
            @Nullable @QueryValue("device_id") String deviceId, @Nullable @Body String body) {
        player.play(user, nonEmpty(deviceId), PlayRequest.parse(json, body));
        return HttpResponse.noContent();
    }

    @Put("/pause")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> pause(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
            @Nullable @QueryValue("device_id") String deviceId) {
        player.pause(user, nonEmpty(deviceId));
        return HttpResponse.noContent();
    }

    private static Optional<String> nonEmpty(@Nullable String s) {
        return Optional.ofNullable(s).filter(v -> !v.isBlank());
    }
}
