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

    /**
     * Resumes decoding mid-stream: {@code headers} are the stream's bytes before its first audio
     * page, {@code pages} its bytes from a page boundary on. The result's first frame is frame
     * {@code targetFrame} of the stream (counted as {@link #open} would deliver them), or it ends at
     * once if the stream is shorter. Blocks while it reads.
     *
     * @throws DecodeException SEEK_MISSED if {@code pages} start after the target (the caller resumes
     *     from an earlier page), UNSUPPORTED_CODEC if this decoder cannot resume, or as {@link #open}
     */
    default DecodedAudio resume(byte[] headers, InputStream pages, long targetFrame) throws DecodeException {
        throw new DecodeException(DecodeException.Problem.UNSUPPORTED_CODEC, "this decoder cannot resume mid-stream");
    }
}
