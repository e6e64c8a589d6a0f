package io.tonearm.agent.decode;

import java.io.InputStream;

/**
 * Port: turns an encoded stream into PCM. Implementations are stateless factories and may be shared
 * between threads; each {@link DecodedAudio} they return belongs to the one thread that reads it.
 */
public interface AudioDecoder {

    /**
     * Reads the stream's headers and prepares to decode. Blocks while it reads from {@code in}.
     *
     * @throws DecodeException if the stream is not one this decoder understands or its headers are
     *     unreadable; the caller still owns and closes {@code in}
     */
    DecodedAudio open(InputStream in) throws DecodeException;
}
