package io.tonearm.control.audio;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.tonearm.control.catalog.Catalog;
import io.tonearm.control.catalog.Quality;
import io.tonearm.control.catalog.TrackFile;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.error.ErrorBody;
import io.tonearm.control.error.InvalidRequestException;
import io.tonearm.control.error.NotFoundException;
import io.tonearm.control.media.MediaStore;
import io.tonearm.control.stream.AudioPath;
import io.tonearm.control.stream.UrlSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET|HEAD /v1/audio/{track-id}/{kbps}.ogg?exp=&dev=&kid=&sig=}: the audio behind a signed
 * URL, with single byte ranges, a strong ETag (the file's SHA-256) and conditional requests. Path
 * segments are checked against strict patterns, then the signature, before any storage is touched.
 * Responses are {@code Cache-Control: private, max-age=<seconds until the URL expires>}.
 */
@Controller(AudioPath.PREFIX)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AudioController {

    static final MediaType AUDIO_OGG = MediaType.of("audio/ogg");
    private static final Pattern FILE_NAME = Pattern.compile("([0-9]{2,3})\\.ogg");
    private static final Logger LOG = LoggerFactory.getLogger(AudioController.class);

    private final Catalog catalog;
    private final MediaStore media;
    private final UrlSigner signer;
    private final Clock clock;

    AudioController(Catalog catalog, MediaStore media, UrlSigner signer, Clock clock) {
        this.catalog = catalog;
        this.media = media;
        this.signer = signer;
        this.clock = clock;
    }

    @Get(value = "/{trackId}/{file}", headRoute = false)
    @Produces({"audio/ogg", MediaType.APPLICATION_JSON})
    public HttpResponse<?> get(HttpRequest<?> request, @PathVariable String trackId, @PathVariable String file,
                               @QueryValue @Nullable String exp, @QueryValue @Nullable String dev,
                               @QueryValue @Nullable String kid, @QueryValue @Nullable String sig) {
        return serve(request, trackId, file, exp, dev, kid, sig, true);
    }

    @Head("/{trackId}/{file}")
    @Produces({"audio/ogg", MediaType.APPLICATION_JSON})
    public HttpResponse<?> head(HttpRequest<?> request, @PathVariable String trackId, @PathVariable String file,
                                @QueryValue @Nullable String exp, @QueryValue @Nullable String dev,
                                @QueryValue @Nullable String kid, @QueryValue @Nullable String sig) {
        return serve(request, trackId, file, exp, dev, kid, sig, false);
    }

    private HttpResponse<?> serve(HttpRequest<?> request, String rawTrackId, String fileName, String exp, String dev,
                                  String kid, String sig, boolean withBody) {
        TrackId trackId = TrackId.parse(rawTrackId);
        Quality quality = parseFileName(fileName);
        Instant expiresAt = signer.verify(AudioPath.of(trackId, quality), exp, dev, kid, sig);
        TrackFile stored = catalog.file(trackId, quality).orElseThrow(() -> new NotFoundException("Audio not found"));
        Path path = media.pathOf(trackId, quality);
        long size;
        Instant lastModified;
        try {
            size = Files.size(path);
            lastModified = Files.getLastModifiedTime(path).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (IOException e) {
            LOG.warn("Catalog lists {} at {} kbps but its file is unreadable: {}", trackId, quality.kbps(), e.toString());
            throw new NotFoundException("Audio not found");
        }
        String etag = "\"" + stored.sha256() + "\"";
        long maxAge = Math.max(0, Duration.between(clock.instant(), expiresAt).toSeconds());
        MutableHttpResponse<Object> response = HttpResponse.ok()
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, Preconditions.httpDate(lastModified))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=" + maxAge);
        if (Preconditions.notModified(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH),
                request.getHeaders().get(HttpHeaders.IF_MODIFIED_SINCE), etag, lastModified)) {
            return response.status(HttpStatus.NOT_MODIFIED);
        }
        String rangeHeader = request.getHeaders().get(HttpHeaders.RANGE);
        ByteRange range = Preconditions.rangeAllowed(request.getHeaders().get(HttpHeaders.IF_RANGE), etag, lastModified)
                ? ByteRange.parse(rangeHeader, size) : new ByteRange.Full();
        if (range instanceof ByteRange.Unsatisfiable) {
            response.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE).header(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
            return withBody ? response.contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(ErrorBody.of(416, "Range not satisfiable")) : response;
        }
        AudioSlice slice;
        if (range instanceof ByteRange.Partial) {
            ByteRange.Partial partial = (ByteRange.Partial) range;
            slice = new AudioSlice(path, partial.first(), partial.length());
            response.status(HttpStatus.PARTIAL_CONTENT)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes " + partial.first() + "-" + partial.last() + "/" + size);
        } else if (range instanceof ByteRange.Full) {
            slice = new AudioSlice(path, 0, size);
        } else {
            throw new AssertionError("unhandled range " + range);
        }
        response.contentType(AUDIO_OGG);
        if (!withBody) {
            return response.header(HttpHeaders.CONTENT_LENGTH, Long.toString(slice.length()));
        }
        return response.body(slice);
    }

    private static Quality parseFileName(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName == null ? "" : fileName);
        if (!m.matches()) {
            throw new InvalidRequestException("Invalid audio file name: use {kbps}.ogg");
        }
        return Quality.fromText(m.group(1)).orElseThrow(() -> new NotFoundException("Audio not found"));
    }
}
