package io.tonearm.control.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tonearm.control.error.ApiException;
import io.tonearm.control.error.InvalidRequestException;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code POST /v1/ingest}: one audio file as the multipart part {@code file}, with the ingest bearer
 * token ({@link IngestAuthFilter} checks it before the body is read). 201 with the new track, 200
 * when the same bytes were ingested before; a file that cannot be ingested gets the status of its
 * {@link IngestException.Reason} and a fixed message.
 */
@Controller("/v1/ingest")
@ExecuteOn(TaskExecutors.BLOCKING)
public class IngestController {

    private final IngestPipeline pipeline;
    private final long maxUploadBytes;

    IngestController(IngestPipeline pipeline, IngestProperties properties) {
        this.pipeline = pipeline;
        this.maxUploadBytes = properties.maxUploadBytes();
    }

    /** The answer to an upload. {@code status} is {@code ingested} or {@code duplicate}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record IngestView(String status, String trackId, @Nullable String title, @Nullable String artist) {
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<IngestView> upload(@Part("file") @Nullable CompletedFileUpload file) throws IOException {
        if (file == null) {
            throw new InvalidRequestException("Send the audio as the multipart part 'file'");
        }
        if (file.getSize() > maxUploadBytes) {
            throw new Rejected(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The upload is larger than the server accepts");
        }
        IngestOutcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = pipeline.ingest(in, file.getFilename());
        }
        if (outcome instanceof IngestOutcome.Ingested) {
            IngestOutcome.Ingested ok = (IngestOutcome.Ingested) outcome;
            return HttpResponse.<IngestView>status(HttpStatus.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(new IngestView("ingested", ok.trackId().value(), ok.title(), ok.artist()));
        } else if (outcome instanceof IngestOutcome.Duplicate) {
            return HttpResponse.ok(new IngestView("duplicate", ((IngestOutcome.Duplicate) outcome).trackId().value(),
                    null, null)).header(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (outcome instanceof IngestOutcome.Failed) {
            IngestException.Reason reason = ((IngestOutcome.Failed) outcome).reason();
            throw new Rejected(status(reason), reason.publicMessage());
        }
        throw new AssertionError("unknown outcome " + outcome);
    }

    static HttpStatus status(IngestException.Reason reason) {
        switch (reason) {
            case NOT_AUDIO:
                return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case SILENT:
                return HttpStatus.UNPROCESSABLE_ENTITY;
            case TOO_LONG:
                return HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case NO_TOOL:
                return HttpStatus.SERVICE_UNAVAILABLE;
            case TOOL_FAILED:
            case STORAGE:
                return HttpStatus.INTERNAL_SERVER_ERROR;
            default:
                throw new AssertionError("unknown reason " + reason);
        }
    }

    /** An upload that is refused, with its status. */
    static final class Rejected extends ApiException {

        Rejected(HttpStatus status, String publicMessage) {
            super(status, publicMessage);
        }
    }
}
