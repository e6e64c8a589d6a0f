package io.tonearm.sim.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tonearm.sim.hubapi.HubApi;
import java.io.IOException;
import java.util.Optional;

/**
 * A voice assistant as the hub sees one: it passes on what a person said
 * ({@code POST /v1/voice/utterances}) or an intent it parsed itself ({@code POST /v1/voice/intents}),
 * with the user's bearer token, and reads the hub's answer. Thread-safe.
 */
public final class VoiceAssistant {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HubApi hub;

    public VoiceAssistant(HubApi hub) {
        this.hub = hub;
    }

    /** The hub's answer: {@code outcome} for the assistant's logic, {@code speech} to read out. */
    public record Answer(int status, String outcome, String speech) {
    }

    public Answer say(String text) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("text", text);
        return answer(hub.send("POST", "/v1/voice/utterances", body.toString()));
    }

    public Answer intent(String intent, Optional<String> query, Optional<String> device) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("intent", intent);
        query.ifPresent(q -> body.put("query", q));
        device.ifPresent(d -> body.put("device", d));
        return answer(hub.send("POST", "/v1/voice/intents", body.toString()));
    }

    private static Answer answer(HubApi.Reply r) throws IOException {
        if (!r.ok()) {
            return new Answer(r.status(), "http_" + r.status(), r.body());
        }
        JsonNode n = JSON.readTree(r.body());
        return new Answer(r.status(), n.path("outcome").asText(), n.path("speech").asText());
    }
}
