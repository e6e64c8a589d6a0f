package io.tonearm.agent.cache;

import io.tonearm.agent.stream.RangeReader;
import io.tonearm.agent.stream.StreamException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Random access to a cached file, for seeking offline. Each read opens the file (it may be evicted meanwhile). */
final class FileRangeReader implements RangeReader {
    private final Path file;

    FileRangeReader(Path file) {
        this.file = file;
    }

    @Override
    public byte[] read(long offset, int maxBytes) throws StreamException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int n = (int) Math.max(0, Math.min(maxBytes, size - offset));
            ByteBuffer buf = ByteBuffer.allocate(n);
            while (buf.hasRemaining() && ch.read(buf, offset + buf.position()) > 0) {
                // keep reading
            }
            return buf.array();
        } catch (IOException e) {
            throw new StreamException(StreamException.Reason.UNAVAILABLE, "cannot read the cached file", e);
        }
    }

    @Override
    public long length() throws StreamException {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            throw new StreamException(StreamException.Reason.UNAVAILABLE, "cannot read the cached file", e);
        }
    }
}
