package io.tonearm.control.media;

/** An audio file could not be brought into the store; the message names the file, for operators. */
public final class MediaImportException extends RuntimeException {

    public MediaImportException(String message) {
        super(message);
    }

    public MediaImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
