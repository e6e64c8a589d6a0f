package io.tonearm.control.error;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Gives errors raised by the framework itself (unknown route, wrong method, unconvertible
 * argument, unexpected exception) the same body as ours. The framework's own message can carry
 * exception text, so only a fixed phrase per status is sent.
 */
@Singleton
public class ErrorBodyProcessor implements ErrorResponseProcessor<ErrorBody> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        MutableHttpResponse<ErrorBody> typed = (MutableHttpResponse<ErrorBody>) response;
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        int code = response.status().getCode();
        int status = code >= 400 && code <= 599 ? code : 500;
        return typed.contentType(MediaType.APPLICATION_JSON_TYPE).body(ErrorBody.of(status, phrase(response.status())));
    }

    static String phrase(HttpStatus status) {
        switch (status) {
            case BAD_REQUEST:
                return "Bad request";
            case NOT_FOUND:
                return "Not found";
            case METHOD_NOT_ALLOWED:
                return "Method not allowed";
            case NOT_ACCEPTABLE:
                return "Not acceptable";
            case UNSUPPORTED_MEDIA_TYPE:
                return "Unsupported media type";
            case REQUEST_ENTITY_TOO_LARGE:
                return "Request too large";
            default:
                return status.getCode() >= 500 || status.getCode() < 400 ? "Internal server error" : status.getReason();
        }
    }
}
