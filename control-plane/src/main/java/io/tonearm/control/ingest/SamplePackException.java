package io.tonearm.control.ingest;

/** The sample pack cannot be imported; the message names the manifest or file and what is wrong. */
public final class SamplePackException extends RuntimeException {

    public SamplePackException(String message) {
        super(message);
    }

    public SamplePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
