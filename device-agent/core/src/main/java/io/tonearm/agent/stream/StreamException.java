package io.tonearm.agent.stream;

/** A track's audio could not be had; the reason says whether retrying can help. */
public final class StreamException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_FOUND("track_not_found", false),
        FORBIDDEN("stream_forbidden", false),
        EXPIRED("stream_expired", true),
        UNAVAILABLE("stream_unavailable", true),
        PROTOCOL("stream_protocol_error", false);

        private final String code;
        private final boolean retryable;

        Reason(String code, boolean retryable) {
            this.code = code;
            this.retryable = retryable;
        }

        public String code() {
            return code;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final Reason reason;

    public StreamException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StreamException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
