package io.tonearm.hub.http;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Gives the framework's own errors (unknown route, wrong method, unreadable body, an unexpected
 * exception) the same body as ours. The message depends on the status only, so no exception text
 * reaches a client; Micronaut logs unexpected exceptions itself.
 */
@Primary
@Singleton
public class SpotifyErrorResponses implements ErrorResponseProcessor<ErrorBody> {

    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(ErrorBody.of(status, messageFor(status)));
    }

    static String messageFor(int status) {
        switch (status) {
            case 400:
                return "Bad request";
            case 401:
                return "No token provided";
            case 403:
                return "Forbidden";
            case 404:
                return "Service not found";
            case 405:
                return "Method not allowed";
            case 406:
                return "Not acceptable";
            case 413:
                return "Request body too large";
            case 415:
                return "Unsupported media type";
            default:
                if (status >= 500) {
                    return "Internal server error";
                }
                try {
                    return HttpStatus.valueOf(status).getReason();
                } catch (IllegalArgumentException e) {
                    return "Request failed";
                }
        }
    }
}
