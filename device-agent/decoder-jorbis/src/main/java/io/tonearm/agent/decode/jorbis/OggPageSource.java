package io.tonearm.agent.decode.jorbis;

import com.jcraft.jogg.Page;
import com.jcraft.jogg.SyncState;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodeException.Problem;
import java.io.IOException;
import java.io.InputStream;

/**
 * Pulls CRC-checked Ogg pages out of an input stream (RFC 3533 §6), skipping garbage between pages
 * as libogg does. Before the first page it looks for a capture pattern in at most
 * {@link #CAPTURE_SEARCH_LIMIT} bytes, so a large non-Ogg input fails fast instead of being read to
 * its end. A page is at most 65 307 bytes, so the buffer stays bounded whatever a header claims.
 */
final class OggPageSource {
    static final int CAPTURE_SEARCH_LIMIT = 64 * 1024;
    private static final int CHUNK = 8192;

    private final InputStream in;
    private final SyncState sync = new SyncState();
    private final Page page = new Page();
    private long bytesRead;
    private boolean startsWithCapture;
    private boolean synced;
    private boolean eof;
    private int holes;

    OggPageSource(InputStream in) {
        this.in = in;
        sync.init();
    }

    /** The next page, valid until the following call, or {@code null} at the end of input. */
    Page next() throws DecodeException {
        while (true) {
            int result = sync.pageout(page);
            if (result == 1) {
                synced = true;
                return page;
            }
            if (result < 0 && synced) {
                holes++;
            }
            if (!synced && bytesRead > CAPTURE_SEARCH_LIMIT + 65_307) {
                throw notOgg("no Ogg page in the first " + CAPTURE_SEARCH_LIMIT + " bytes");
            }
            if (eof) {
                if (!synced) {
                    throw bytesRead == 0 ? notOgg("empty input")
                            : startsWithCapture
                                    ? new DecodeException(Problem.TRUNCATED, "input ends inside the first Ogg page")
                                    : notOgg("no Ogg capture pattern");
                }
                return null;
            }
            fill();
        }
    }

    /** Stretches of bytes skipped after the first page: bad checksums, garbage, missing bytes. */
    int holes() {
        return holes;
    }

    /** True once a page has been returned: the input is Ogg, whatever it carries. */
    boolean synced() {
        return synced;
    }

    private void fill() throws DecodeException {
        int offset = sync.buffer(CHUNK);
        int n;
        try {
            n = in.read(sync.data, offset, CHUNK);
        } catch (IOException e) {
            throw new DecodeException(Problem.IO, String.valueOf(e.getMessage()), e);
        }
        if (n < 0) {
            eof = true;
            return;
        }
        if (bytesRead == 0 && n >= 4) {
            startsWithCapture = sync.data[offset] == 'O' && sync.data[offset + 1] == 'g'
                    && sync.data[offset + 2] == 'g' && sync.data[offset + 3] == 'S';
        }
        bytesRead += n;
        sync.wrote(n);
        if (!synced && bytesRead > CAPTURE_SEARCH_LIMIT && !sawCaptureSoFar()) {
            throw notOgg("no Ogg capture pattern in the first " + CAPTURE_SEARCH_LIMIT + " bytes");
        }
    }

    /** Whether the unsynced buffer still holds a possible capture pattern to verify. */
    private boolean sawCaptureSoFar() {
        byte[] d = sync.data;
        int start = sync.getDataOffset();
        int end = sync.getBufferOffset();
        for (int i = start; i + 3 < end; i++) {
            if (d[i] == 'O' && d[i + 1] == 'g' && d[i + 2] == 'g' && d[i + 3] == 'S') {
                return true;
            }
        }
        return false;
    }

    private static DecodeException notOgg(String detail) {
        return new DecodeException(Problem.NOT_OGG, detail);
    }
}
