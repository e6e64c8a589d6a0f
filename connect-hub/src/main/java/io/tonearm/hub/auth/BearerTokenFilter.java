package io.tonearm.hub.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.tonearm.hub.http.ErrorBody;
import java.util.Optional;

/**
 * Every {@code /v1/...} request needs {@code Authorization: Bearer <token>}; the user it names is put
 * in the request attribute {@link #USER_ATTRIBUTE}. Answers 401 with Spotify's wording otherwise.
 */
@ServerFilter("/v1/**")
public class BearerTokenFilter {

    public static final String USER_ATTRIBUTE = "tonearm.user";
    private static final String PREFIX = "bearer ";

    private final TokenStore tokens;

    public BearerTokenFilter(TokenStore tokens) {
        this.tokens = tokens;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request) {
        Optional<String> header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header.isEmpty() || header.get().isBlank()) {
            return unauthorized("No token provided");
        }
        String value = header.get().trim();
        if (value.length() <= PREFIX.length() || !value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return unauthorized(value.equalsIgnoreCase("bearer") ? "No token provided" : "Invalid access token");
        }
        Optional<String> user = tokens.userFor(value.substring(PREFIX.length()).trim());
        if (user.isEmpty()) {
            return unauthorized("Invalid access token");
        }
        request.setAttribute(USER_ATTRIBUTE, user.get());
        return null;
    }

    private static HttpResponse<ErrorBody> unauthorized(String message) {
        return HttpResponse.<ErrorBody>status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ErrorBody.of(401, message));
    }
}
