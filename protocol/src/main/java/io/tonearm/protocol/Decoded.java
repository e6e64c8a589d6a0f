package io.tonearm.protocol;

/**
 * The result of reading a payload: the message, or why it was refused. Readers never throw on bad
 * input; callers log or answer the refusal and drop the payload.
 */
public sealed interface Decoded<T> {

    record Ok<T>(T message) implements Decoded<T> {
        public Ok {
            if (message == null) {
                throw new IllegalArgumentException("message is required");
            }
        }
    }

    record Refused<T>(Refusal reason, String detail) implements Decoded<T> {
        public Refused {
            if (reason == null || detail == null) {
                throw new IllegalArgumentException("reason and detail are required");
            }
        }

        /** One line for logs and reason strings: {@code "missing field: Command.id"}. */
        public String describe() {
            return reason.description() + ": " + detail;
        }
    }

    static <T> Decoded<T> ok(T message) {
        return new Ok<>(message);
    }

    static <T> Decoded<T> refused(Refusal reason, String detail) {
        return new Refused<>(reason, detail);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }
}
