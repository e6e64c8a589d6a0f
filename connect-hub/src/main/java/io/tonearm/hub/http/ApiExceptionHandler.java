package io.tonearm.hub.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Maps every {@link ApiException} to its status and Spotify's error body. */
@Produces
@Singleton
@Requires(classes = {ApiException.class, ExceptionHandler.class})
public class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<ErrorBody>> {

    @Override
    @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
    public HttpResponse<ErrorBody> handle(HttpRequest request, ApiException e) {
        return HttpResponse.<ErrorBody>status(e.status())
                .body(ErrorBody.of(e.status().getCode(), e.publicMessage(), e.reason()));
    }
}
