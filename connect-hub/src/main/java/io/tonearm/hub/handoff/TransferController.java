package io.tonearm.hub.handoff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.tonearm.hub.auth.BearerTokenFilter;

/**
 * {@code PUT /v1/me/player}: Spotify's "Transfer Playback". Answers 204 once the target sounds
 * (or, for paused playback, holds the position), so it blocks on the blocking executor.
 */
@Controller("/v1/me/player")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TransferController {

    private final HandoffService handoff;
    private final JsonMapper json;

    public TransferController(HandoffService handoff, JsonMapper json) {
        this.handoff = handoff;
        this.json = json;
    }

    @Put
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> transfer(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
                                       @Nullable @Body String body) {
        TransferRequest.Checked request = TransferRequest.parse(json, body);
        handoff.transfer(user, request.deviceId(), request.play());
        return HttpResponse.noContent();
    }
}
