package io.tonearm.hub.player;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
 * blocking executor, never on the event loop. Commands answer 204 once the device applied them.
 */
@Controller("/v1/me/player")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlayerController {

    private final PlayerService player;
    private final PlayerViews views;
    private final JsonMapper json;

    public PlayerController(PlayerService player, PlayerViews views, JsonMapper json) {
        this.player = player;
        this.views = views;
        this.json = json;
    }

    @Get("/devices")
    public DeviceView.Devices devices(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user) {
        return new DeviceView.Devices(views.devices(user));
    }

    @Get
    public HttpResponse<PlaybackView> playback(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user) {
        return views.playback(user).map(HttpResponse::ok).orElseGet(HttpResponse::noContent);
    }

    @Get("/currently-playing")
    public HttpResponse<CurrentlyPlayingView> currentlyPlaying(
            @RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user) {
        return views.currentlyPlaying(user).map(HttpResponse::ok).orElseGet(HttpResponse::noContent);
    }

    @Get("/queue")
    public QueueView queue(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user) {
        return views.queue(user);
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

    @Post("/next")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> next(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
            @Nullable @QueryValue("device_id") String deviceId) {
        player.next(user, nonEmpty(deviceId));
        return HttpResponse.noContent();
    }

    @Post("/previous")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> previous(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
            @Nullable @QueryValue("device_id") String deviceId) {
        player.previous(user, nonEmpty(deviceId));
        return HttpResponse.noContent();
    }

    /** {@code position_ms} is read from the request itself, so a repeated or malformed value is our 400. */
    @Put("/seek")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> seek(HttpRequest<?> request,
            @RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
            @Nullable @QueryValue("device_id") String deviceId) {
        long positionMs = ControlParams.positionMs(request.getParameters().getAll("position_ms"));
        player.seek(user, nonEmpty(deviceId), positionMs);
        return HttpResponse.noContent();
    }

    @Put("/volume")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> volume(HttpRequest<?> request,
            @RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
            @Nullable @QueryValue("device_id") String deviceId) {
        int volumePercent = ControlParams.volumePercent(request.getParameters().getAll("volume_percent"));
        player.volume(user, nonEmpty(deviceId), volumePercent);
        return HttpResponse.noContent();
    }

    @Put("/repeat")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> repeat(HttpRequest<?> request,
            @RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
            @Nullable @QueryValue("device_id") String deviceId) {
        player.repeat(user, nonEmpty(deviceId), ControlParams.repeatState(request.getParameters().getAll("state")));
        return HttpResponse.noContent();
    }

    @Put("/shuffle")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> shuffle(HttpRequest<?> request,
            @RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
            @Nullable @QueryValue("device_id") String deviceId) {
        player.shuffle(user, nonEmpty(deviceId), ControlParams.shuffleState(request.getParameters().getAll("state")));
        return HttpResponse.noContent();
    }

    /** Spotify's "add item to playback queue": {@code uri} goes after the current track and earlier additions. */
    @Post("/queue")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> addToQueue(HttpRequest<?> request,
            @RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
            @Nullable @QueryValue("device_id") String deviceId) {
        player.queue(user, nonEmpty(deviceId), ControlParams.trackUri(request.getParameters().getAll("uri")));
        return HttpResponse.noContent();
    }

    /**
     * Tonearm's addition: keep {@code {"context_uri":…}} or {@code {"uris":[…]}} in the device's offline
     * cache; 204 once the device has them.
     */
    @Put("/offline")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> keepOffline(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
            @Nullable @QueryValue("device_id") String deviceId, @Nullable @Body String body) {
        player.keepOffline(user, nonEmpty(deviceId), PlayRequest.parse(json, body));
        return HttpResponse.noContent();
    }

    private static Optional<String> nonEmpty(@Nullable String s) {
        return Optional.ofNullable(s).filter(v -> !v.isBlank());
    }
}
