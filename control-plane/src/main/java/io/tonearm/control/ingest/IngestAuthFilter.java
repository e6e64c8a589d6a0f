package io.tonearm.control.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.tonearm.control.error.ErrorBody;

/**
 * Refuses {@code /v1/ingest} requests without the ingest bearer token (401) before their body is
 * read, so an unauthenticated client cannot make the server buffer an upload.
 */
@ServerFilter({"/v1/ingest", "/v1/ingest/**"})
public class IngestAuthFilter {

    private final IngestToken token;

    IngestAuthFilter(IngestToken token) {
        this.token = token;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ErrorBody> authorise(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (token.accepts(authorization)) {
            return null;
        }
        String message = authorization == null ? "No token provided" : "Invalid access token";
        return HttpResponse.<ErrorBody>status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tonearm-ingest\"")
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(ErrorBody.of(401, message));
    }
}
