package io.tonearm.hub.player;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.tonearm.hub.device.DeviceNames;
import io.tonearm.hub.device.DeviceRegistry;
import io.tonearm.protocol.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A Tonearm extension to Spotify's API: {@code PUT /v1/me/player/devices/{id}} with {@code {"name":"…"}}
 * gives a device a name of the user's (kept across restarts; the device's own hello name no longer
 * shows); {@code {"name":null}} gives it back its own. 204, 400 for a bad body or name, 404 for a
 * device the hub has never seen. Offline devices can be renamed.
 */
@Controller("/v1/me/player/devices")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DeviceNamesController {

    private final DeviceRegistry registry;
    private final JsonMapper json;

    public DeviceNamesController(DeviceRegistry registry, JsonMapper json) {
        this.registry = registry;
        this.json = json;
    }

    @Put("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<Void> rename(@PathVariable("id") String id, @Nullable @Body String body) {
        Optional<String> name = name(body);
        if (!Topics.isValidDeviceId(id) || registry.find(id).filter(d -> d.info().isPresent()).isEmpty()) {
            throw PlayerException.deviceNotFound();
        }
        registry.rename(id, name);
        return HttpResponse.noContent();
    }

    private Optional<String> name(@Nullable String body) {
        if (body == null || body.isBlank()) {
            throw PlayerException.badRequest("Body must be {\"name\": \"…\"}");
        }
        JsonNode node;
        try {
            node = json.readValue(body.getBytes(StandardCharsets.UTF_8), JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw PlayerException.badRequest("Malformed JSON");
        }
        if (node == null || !node.isObject() || node.get("name") == null) {
            throw PlayerException.badRequest("Body must be {\"name\": \"…\"}");
        }
        JsonNode name = node.get("name");
        if (name.isNull()) {
            return Optional.empty();
        }
        if (!name.isString()) {
            throw PlayerException.badRequest("name must be a string or null");
        }
        try {
            return Optional.of(DeviceNames.require(name.getStringValue()));
        } catch (IllegalArgumentException e) {
            throw PlayerException.badRequest(e.getMessage());
        }
    }
}
