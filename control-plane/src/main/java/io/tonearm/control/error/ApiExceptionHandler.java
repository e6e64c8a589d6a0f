package io.tonearm.control.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Maps every {@link ApiException} to its status and the stable error body; errors are never cached. */
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<ErrorBody>> {

    @Override
    @SuppressWarnings("rawtypes") // the framework's interface takes a raw HttpRequest
    public HttpResponse<ErrorBody> handle(HttpRequest request, ApiException exception) {
        MutableHttpResponse<ErrorBody> response = HttpResponse.<ErrorBody>status(exception.status())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (request.getMethod() == HttpMethod.HEAD) {
            return response;
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(ErrorBody.of(exception.status().getCode(), exception.publicMessage()));
    }
}
