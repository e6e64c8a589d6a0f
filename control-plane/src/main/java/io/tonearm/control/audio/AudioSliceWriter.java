package io.tonearm.control.audio;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.ByteBodyFactory;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.ResponseBodyWriter;
import io.micronaut.http.body.stream.InputStreamByteBody;
import io.micronaut.http.codec.CodecException;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;

/**
 * Streams an {@link AudioSlice} from disk in chunks on the blocking executor with a known length,
 * so no file is held on the heap. It applies no caching or range logic of its own (the framework's
 * file writers would); {@link AudioController} decides all headers.
 */
@Singleton
public class AudioSliceWriter implements ResponseBodyWriter<AudioSlice> {

    private final ExecutorService ioExecutor;

    AudioSliceWriter(@Named(TaskExecutors.BLOCKING) ExecutorService ioExecutor) {
        this.ioExecutor = ioExecutor;
    }

    @Override
    public @NonNull CloseableByteBody writePiece(@NonNull ByteBodyFactory bodyFactory, @NonNull HttpRequest<?> request,
                                                 @NonNull HttpResponse<?> response, @NonNull Argument<AudioSlice> type,
                                                 @NonNull MediaType mediaType, AudioSlice slice) {
        return InputStreamByteBody.create(open(slice), OptionalLong.of(slice.length()), ioExecutor, bodyFactory);
    }

    @Override
    public void writeTo(@NonNull Argument<AudioSlice> type, @NonNull MediaType mediaType, AudioSlice slice,
                        @NonNull MutableHeaders headers, @NonNull OutputStream out) {
        try (InputStream in = open(slice)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new CodecException("Cannot write audio slice", e);
        }
    }

    private static InputStream open(AudioSlice slice) {
        try {
            FileChannel channel = FileChannel.open(slice.file(), StandardOpenOption.READ);
            channel.position(slice.offset());
            return new BoundedInputStream(Channels.newInputStream(channel), slice.length());
        } catch (IOException e) {
            throw new CodecException("Cannot open audio file", e);
        }
    }

    /** Reads at most {@code remaining} bytes of the delegate. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream delegate;
        private long remaining;

        BoundedInputStream(InputStream delegate, long remaining) {
            this.delegate = delegate;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = delegate.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = delegate.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
