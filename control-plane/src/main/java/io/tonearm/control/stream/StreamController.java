package io.tonearm.control.stream;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.tonearm.control.ControlProperties;
import io.tonearm.control.catalog.Catalog;
import io.tonearm.control.catalog.Quality;
import io.tonearm.control.catalog.Track;
import io.tonearm.control.catalog.TrackFile;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.error.NotFoundException;
import io.tonearm.control.seek.PlaybackFacts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** {@code GET /v1/tracks/{id}/stream?quality=Q[&device_id=D]}: issues a signed, expiring audio URL. */
@Controller("/v1/tracks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StreamController {

    private final Catalog catalog;
    private final UrlSigner signer;
    private final Clock clock;
    private final String publicUrl;
    private final Duration ttl;
    private final PlaybackFacts facts;

    StreamController(Catalog catalog, UrlSigner signer, Clock clock, ControlProperties properties,
                     PlaybackFacts facts) {
        this.catalog = catalog;
        this.facts = facts;
        this.signer = signer;
        this.clock = clock;
        this.publicUrl = properties.publicUrl();
        this.ttl = properties.streamTtlDuration();
    }

    @Get("/{id}/stream")
    public HttpResponse<StreamLinkView> stream(@PathVariable String id, @QueryValue @Nullable String quality,
                                               @QueryValue("device_id") @Nullable String deviceId) {
        TrackId trackId = TrackId.parse(id);
        Quality wanted = Quality.parseParameter(quality);
        Optional<DeviceId> device = deviceId == null ? Optional.empty() : Optional.of(DeviceId.parse(deviceId));
        Track track = catalog.track(trackId).orElseThrow(() -> new NotFoundException("Track not found"));
        TrackFile file = track.file(wanted)
                .orElseThrow(() -> new NotFoundException("Track is not available in quality " + wanted.kbps()));
        Instant now = clock.instant();
        Instant wholeSecond = now.truncatedTo(ChronoUnit.SECONDS);
        // Round up, so the URL lives at least the full TTL and expires_in equals it.
        Instant expiresAt = (wholeSecond.equals(now) ? now : wholeSecond.plusSeconds(1)).plus(ttl);
        String path = AudioPath.of(trackId, wanted);
        SignedQuery query = signer.sign(path, expiresAt, device);
        OptionalDouble peak = facts.peak(trackId);
        List<List<Long>> seekIndex = facts.seekIndex(trackId, wanted).points().stream()
                .map(p -> List.of(p.granule(), p.offset())).collect(Collectors.toList());
        StreamLinkView view = new StreamLinkView(trackId.value(), wanted.kbps(),
                publicUrl + path + "?" + query.toQueryString(), expiresAt.toString(),
                Duration.between(now, expiresAt).toSeconds(), track.loudnessGainDb(),
                peak.isPresent() ? peak.getAsDouble() : null, track.durationMs(),
                file.bitrateKbps(), file.sampleRate(), file.channels(), seekIndex);
        return HttpResponse.ok(view).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
