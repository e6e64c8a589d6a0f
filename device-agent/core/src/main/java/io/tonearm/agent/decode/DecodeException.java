package io.tonearm.agent.decode;

/** A stream could not be decoded; {@link #problem()} says why in a way a caller can act on. */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, with a stable code for events and exit messages. */
    public enum Problem {
        NOT_OGG("not_ogg", "not an Ogg stream"),
        UNSUPPORTED_CODEC("unsupported_codec", "unsupported codec"),
        CORRUPT("corrupt", "corrupt stream"),
        TRUNCATED("truncated", "stream ends early"),
        IO("io_error", "read error"),
        SEEK_MISSED("seek_missed", "resumed past the seek target");

        private final String code;
        private final String description;

        Problem(String code, String description) {
            this.code = code;
            this.description = description;
        }

        public String code() {
            return code;
        }

        public String description() {
            return description;
        }
    }

    private final Problem problem;

    public DecodeException(Problem problem, String detail) {
        super(problem.description() + ": " + detail);
        this.problem = problem;
    }

    public DecodeException(Problem problem, String detail, Throwable cause) {
        super(problem.description() + ": " + detail, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
