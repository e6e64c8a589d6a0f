package io.tonearm.control.playlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.tonearm.auth.UserId;
import io.tonearm.control.auth.BearerAuthFilter;
import io.tonearm.control.catalog.PageWindow;
import io.tonearm.control.error.ForbiddenException;
import io.tonearm.control.error.InvalidRequestException;
import io.tonearm.control.playlist.PlaylistRequests.AddBody;
import io.tonearm.control.playlist.PlaylistRequests.DetailsBody;
import io.tonearm.control.playlist.PlaylistRequests.PutTracksBody;
import io.tonearm.control.playlist.PlaylistRequests.RemoveBody;
import io.tonearm.control.playlist.PlaylistViews.Page;
import io.tonearm.control.playlist.PlaylistViews.PlaylistTrackView;
import io.tonearm.control.playlist.PlaylistViews.PlaylistView;
import io.tonearm.control.playlist.PlaylistViews.SimplePlaylistView;
import io.tonearm.control.playlist.PlaylistViews.SnapshotView;

/**
 * Spotify-shaped playlist endpoints. Every one needs a bearer token ({@link BearerAuthFilter}).
 * Item pages take {@code limit} 1–100 (default 100), playlist lists 1–50 (default 20).
 */
@Controller("/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlaylistController {

    static final int MAX_ITEM_LIMIT = 100;

    private final PlaylistService playlists;
    private final PlaylistViewMapper views;

    PlaylistController(PlaylistService playlists, PlaylistViewMapper views) {
        this.playlists = playlists;
        this.views = views;
    }

    @Post("/users/{userId}/playlists")
    public HttpResponse<PlaylistView> create(@RequestAttribute(BearerAuthFilter.USER) UserId me, @PathVariable String userId,
                                             @Body @Nullable DetailsBody body) {
        if (!userId(userId).equals(me)) {
            throw new ForbiddenException("You may only create playlists for yourself");
        }
        Playlist created = playlists.create(me, PlaylistRequests.created(body));
        return HttpResponse.<PlaylistView>status(HttpStatus.CREATED)
                .body(views.full(playlists.items(created.id(), me, MAX_ITEM_LIMIT, 0), MAX_ITEM_LIMIT, 0));
    }

    @Get("/users/{userId}/playlists")
    public Page<SimplePlaylistView> ofUser(@RequestAttribute(BearerAuthFilter.USER) UserId me, @PathVariable String userId,
                                           @QueryValue @Nullable String limit, @QueryValue @Nullable String offset) {
        UserId owner = userId(userId);
        return list("/v1/users/" + owner.value() + "/playlists", owner, me, PageWindow.parse(limit, offset));
    }

    @Get("/me/playlists")
    public Page<SimplePlaylistView> mine(@RequestAttribute(BearerAuthFilter.USER) UserId me,
                                         @QueryValue @Nullable String limit, @QueryValue @Nullable String offset) {
        return list("/v1/me/playlists", me, me, PageWindow.parse(limit, offset));
    }

    @Get("/playlists/{id}")
    public PlaylistView get(@RequestAttribute(BearerAuthFilter.USER) UserId me, @PathVariable String id) {
        return views.full(playlists.items(PlaylistId.parse(id), me, MAX_ITEM_LIMIT, 0), MAX_ITEM_LIMIT, 0);
    }

    @Put("/playlists/{id}")
    public SnapshotView change(@RequestAttribute(BearerAuthFilter.USER) UserId me, @PathVariable String id,
                               @Body @Nullable DetailsBody body) {
        if (body == null) {
            throw new InvalidRequestException("Set at least one of name, public, collaborative or description");
        }
        return new SnapshotView(playlists.changeDetails(PlaylistId.parse(id), me,
                current -> PlaylistRequests.changed(current, body), PlaylistRequests.snapshot(body.snapshotId())));
    }

    @Get("/playlists/{id}/tracks")
    public Page<PlaylistTrackView> tracks(@RequestAttribute(BearerAuthFilter.USER) UserId me, @PathVariable String id,
                                          @QueryValue @Nullable String limit, @QueryValue @Nullable String offset) {
        int lim = limit == null ? MAX_ITEM_LIMIT : itemLimit(limit);
        long off = PageWindow.parse(null, offset).offset();
        return views.items(playlists.items(PlaylistId.parse(id), me, lim, off), lim, off);
    }

    @Post("/playlists/{id}/tracks")
    public HttpResponse<SnapshotView> add(@RequestAttribute(BearerAuthFilter.USER) UserId me, @PathVariable String id,
                                          @Body @Nullable AddBody body, @QueryValue @Nullable String uris,
                                          @QueryValue @Nullable String position) {
        PlaylistId playlist = PlaylistId.parse(id);
        String snapshot = playlists.edit(playlist, me, PlaylistRequests.add(body, uris, position),
                PlaylistRequests.snapshot(body == null ? null : body.snapshotId()));
        return HttpResponse.status(HttpStatus.CREATED).body(new SnapshotView(snapshot));
    }

    @Put("/playlists/{id}/tracks")
    public SnapshotView replaceOrReorder(@RequestAttribute(BearerAuthFilter.USER) UserId me, @PathVariable String id,
                                         @Body @Nullable PutTracksBody body) {
        PlaylistId playlist = PlaylistId.parse(id);
        PlaylistEdit edit = PlaylistRequests.put(body);
        return new SnapshotView(playlists.edit(playlist, me, edit, PlaylistRequests.snapshot(body.snapshotId())));
    }

    @Delete("/playlists/{id}/tracks")
    public SnapshotView remove(@RequestAttribute(BearerAuthFilter.USER) UserId me, @PathVariable String id,
                               @Body @Nullable RemoveBody body) {
        PlaylistId playlist = PlaylistId.parse(id);
        PlaylistEdit edit = PlaylistRequests.remove(body);
        return new SnapshotView(playlists.edit(playlist, me, edit, PlaylistRequests.snapshot(body.snapshotId())));
    }

    @Put("/playlists/{id}/followers")
    public HttpResponse<Void> follow(@RequestAttribute(BearerAuthFilter.USER) UserId me, @PathVariable String id) {
        playlists.follow(PlaylistId.parse(id), me);
        return HttpResponse.ok();
    }

    @Delete("/playlists/{id}/followers")
    public HttpResponse<Void> unfollow(@RequestAttribute(BearerAuthFilter.USER) UserId me, @PathVariable String id) {
        playlists.unfollow(PlaylistId.parse(id), me);
        return HttpResponse.ok();
    }

    private Page<SimplePlaylistView> list(String path, UserId owner, UserId me, PageWindow window) {
        PlaylistService.Paged<Playlist> page = playlists.followedBy(owner, me, window.limit(), window.offset());
        return views.page(path, window.limit(), window.offset(), page.total(), page.items(), views::simple);
    }

    private static UserId userId(String raw) {
        if (!UserId.wellFormed(raw)) {
            throw new InvalidRequestException("Invalid user id");
        }
        return new UserId(raw);
    }

    private static int itemLimit(String raw) {
        if (!raw.matches("[0-9]{1,3}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > MAX_ITEM_LIMIT) {
            throw new InvalidRequestException("limit must be an integer from 1 to " + MAX_ITEM_LIMIT);
        }
        return Integer.parseInt(raw);
    }
}
