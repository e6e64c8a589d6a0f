package io.tonearm.control.ingest;

/**
 * A file could not be ingested. The reason decides the reaction (the HTTP status of an upload, the
 * CLI's line); the message is for operators and may name files and tools, so the HTTP layer sends
 * {@link Reason#publicMessage()} instead.
 */
public class IngestException extends RuntimeException {

    /** Why ingestion failed, with the fixed text a client sees. */
    public enum Reason {
        NOT_AUDIO("The file is not audio in a supported format (WAV, FLAC, MP3, Ogg)"),
        SILENT("The audio is empty or silent"),
        TOO_LONG("The audio is longer than the 30 minutes ingestion accepts"),
        NO_TOOL("The server has no audio transcoder (ffmpeg or oggenc) installed"),
        TOOL_FAILED("Transcoding failed"),
        STORAGE("The track could not be stored");

        private final String publicMessage;

        Reason(String publicMessage) {
            this.publicMessage = publicMessage;
        }

        public String publicMessage() {
            return publicMessage;
        }
    }

    private final Reason reason;

    public IngestException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public IngestException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
