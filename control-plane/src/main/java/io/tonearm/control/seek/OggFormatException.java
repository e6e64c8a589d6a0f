package io.tonearm.control.seek;

import java.io.IOException;

/** The bytes are not the Ogg Vorbis stream they should be; the message names the byte offset. */
public final class OggFormatException extends IOException {

    public OggFormatException(String message) {
        super(message);
    }

    public OggFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
