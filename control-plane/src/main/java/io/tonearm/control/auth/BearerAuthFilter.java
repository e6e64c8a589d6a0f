package io.tonearm.control.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.tonearm.auth.BearerAuthenticator;
import io.tonearm.control.error.ErrorBody;

/**
 * The user's endpoints ({@code /v1/me/**}, {@code /v1/users/**}, {@code /v1/playlists/**}) need
 * {@code Authorization: Bearer <token>}, the same JWT the hub accepts; the {@link io.tonearm.auth.UserId}
 * it names goes into the request attribute {@link #USER}. The catalog and the audio stay open to
 * devices, which authenticate audio with signed URLs. 401 with Spotify's wording otherwise.
 */
@ServerFilter({"/v1/me", "/v1/me/**", "/v1/users/**", "/v1/playlists/**"})
public class BearerAuthFilter {

    public static final String USER = "tonearm.user";

    private final BearerAuthenticator authenticator;

    public BearerAuthFilter(BearerAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request) {
        BearerAuthenticator.Outcome outcome = authenticator.authenticate(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        if (outcome instanceof BearerAuthenticator.Authenticated) {
            request.setAttribute(USER, ((BearerAuthenticator.Authenticated) outcome).user());
            return null;
        } else if (outcome instanceof BearerAuthenticator.Unauthorized) {
            MutableHttpResponse<ErrorBody> response = HttpResponse.<ErrorBody>status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
            return request.getMethod() == HttpMethod.HEAD ? response : response.contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(ErrorBody.of(401, ((BearerAuthenticator.Unauthorized) outcome).message()));
        }
        throw new AssertionError("unknown outcome " + outcome);
    }
}
