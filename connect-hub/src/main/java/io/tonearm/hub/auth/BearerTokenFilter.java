package io.tonearm.hub.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.tonearm.auth.BearerAuthenticator;
import io.tonearm.hub.http.ErrorBody;

/**
 * Every {@code /v1/...} request needs {@code Authorization: Bearer <token>}, a JWT the control plane
 * accepts too ({@link BearerAuthenticator}); the user id it names is put in the request attribute
 * {@link #USER_ATTRIBUTE}. Answers 401 with Spotify's wording otherwise.
 */
@ServerFilter("/v1/**")
public class BearerTokenFilter {

    public static final String USER_ATTRIBUTE = "tonearm.user";

    private final BearerAuthenticator authenticator;

    public BearerTokenFilter(BearerAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request) {
        BearerAuthenticator.Outcome outcome = authenticator.authenticate(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        if (outcome instanceof BearerAuthenticator.Authenticated) {
            request.setAttribute(USER_ATTRIBUTE, ((BearerAuthenticator.Authenticated) outcome).user().value());
            return null;
        } else if (outcome instanceof BearerAuthenticator.Unauthorized) {
            return HttpResponse.<ErrorBody>status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(ErrorBody.of(401, ((BearerAuthenticator.Unauthorized) outcome).message()));
        }
        throw new AssertionError("unknown outcome " + outcome);
    }
}
