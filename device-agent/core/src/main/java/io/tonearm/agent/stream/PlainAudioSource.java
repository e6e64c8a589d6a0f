package io.tonearm.agent.stream;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** An {@link AudioSource} over a stream that is already open (a file, a plain body): no figures to report. */
public final class PlainAudioSource implements AudioSource {
    private final InputStream in;

    public PlainAudioSource(InputStream in) {
        this.in = in;
    }

    /** {@code in} with its first {@code fromByte} bytes skipped. */
    public static PlainAudioSource skipping(InputStream in, long fromByte) throws StreamException {
        try {
            long left = fromByte;
            while (left > 0) {
                long n = in.skip(left);
                if (n <= 0) {
                    if (in.read() < 0) {
                        throw new StreamException(StreamException.Reason.PROTOCOL, "the stream ends before byte " + fromByte);
                    }
                    n = 1;
                }
                left -= n;
            }
        } catch (IOException e) {
            throw new StreamException(StreamException.Reason.UNAVAILABLE, "cannot skip to byte " + fromByte, e);
        }
        return new PlainAudioSource(in);
    }

    @Override
    public InputStream input() {
        return in;
    }

    @Override
    public long bufferedBytes() {
        return 0;
    }

    @Override
    public long bufferedMillis() {
        return 0;
    }

    @Override
    public long throughputBitsPerSecond() {
        return 0;
    }

    @Override
    public int starvations() {
        return 0;
    }

    @Override
    public Optional<StreamException> failure() {
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // being abandoned
        }
    }
}
