package io.tonearm.hub.voice;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.tonearm.hub.auth.BearerTokenFilter;
import io.tonearm.hub.http.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Voice assistants: {@code POST /v1/voice/intents} with a structured intent, or
 * {@code POST /v1/voice/utterances} with what was said. Both answer 200 with a {@link VoiceAnswer}
 * whenever the request itself was well formed — "I didn't understand" is an answer, not an error —
 * and 400 for malformed JSON or a missing field.
 */
@Controller("/v1/voice")
@ExecuteOn(TaskExecutors.BLOCKING)
public class VoiceController {
    private final VoiceService voice;
    private final UtteranceGrammar grammar = new UtteranceGrammar();
    private final JsonMapper json;

    public VoiceController(VoiceService voice, JsonMapper json) {
        this.voice = voice;
        this.json = json;
    }

    /** {@code {"intent":"play","query":"…","device":"kitchen","volume_percent":40}}. */
    @Serdeable
    public record IntentBody(@Nullable String intent, @Nullable String query, @Nullable String device,
                             @JsonProperty("volume_percent") @Nullable Integer volumePercent) {
    }

    /** {@code {"text":"play some jazz in the kitchen"}}. */
    @Serdeable
    public record UtteranceBody(@Nullable String text) {
    }

    @Post("/intents")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public VoiceAnswer intent(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
                              @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                              @Nullable @Body String body) {
        IntentBody b = read(body, IntentBody.class);
        if (b.intent() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "intent is required");
        }
        Optional<VoiceIntent.Kind> kind = VoiceIntent.Kind.fromWireName(b.intent());
        if (kind.isEmpty()) {
            return VoiceAnswer.of("not_understood", "Sorry, I don't know how to \"" + shorten(b.intent()) + "\".");
        }
        VoiceIntent intent;
        try {
            intent = new VoiceIntent(kind.get(), Optional.ofNullable(b.query()), Optional.ofNullable(b.device()),
                    Optional.ofNullable(b.volumePercent()));
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (intent.kind() == VoiceIntent.Kind.PLAY && intent.query().isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "play needs a query");
        }
        return voice.handle(user, intent, Optional.ofNullable(authorization));
    }

    @Post("/utterances")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public VoiceAnswer utterance(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user,
                                 @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                 @Nullable @Body String body) {
        UtteranceBody b = read(body, UtteranceBody.class);
        if (b.text() == null || b.text().isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "text is required");
        }
        return grammar.parse(b.text())
                .map(intent -> voice.handle(user, intent, Optional.ofNullable(authorization)))
                .orElseGet(() -> VoiceAnswer.of("not_understood", "Sorry, I didn't understand \""
                        + shorten(b.text()) + "\". Try \"play Glass Skyline in the kitchen\" or \"move the music to the car\"."));
    }

    private <T> T read(@Nullable String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Missing JSON body");
        }
        try {
            T value = json.readValue(body.getBytes(StandardCharsets.UTF_8), Argument.of(type));
            if (value == null) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "Malformed JSON");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException a) {
                throw a;
            }
            throw new ApiException(HttpStatus.BAD_REQUEST, "Malformed JSON");
        }
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "…" : oneLine;
    }
}
