package io.tonearm.agent.sink;

import io.tonearm.agent.audio.PcmFormat;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Writes 16-bit PCM to a RIFF/WAVE file. One or two channels get the canonical 44-byte header
 * ({@code WAVE_FORMAT_PCM}, as {@code oggdec} writes, and so do all counts when built with
 * {@code extensible = false}); more get {@code WAVE_FORMAT_EXTENSIBLE} with
 * the channel mask of the layout Vorbis and Opus define for that count (3: L R C; 4: quad;
 * 5: 5.0; 6: 5.1; 7: 6.1; 8: 7.1; beyond: no speaker assignment), so samples must arrive in WAV
 * order. Sizes are written as zero at {@link #open} and patched by {@link #drain} (which reports
 * failure) and, best effort, by {@link #close}. One format per file: opening it again after close
 * starts a new file. RIFF caps the data at 4 GiB.
 *
 * <p>Headers follow Microsoft's "Multiple channel audio data and WAVE files"; the extensible form
 * has {@code KSDATAFORMAT_SUBTYPE_PCM} as sub-format. Uses plain {@code java.io}; one thread.
 */
public final class WavFileSink implements AudioSink {
    static final int[] CHANNEL_MASKS = {0x4, 0x3, 0x7, 0x33, 0x37, 0x3f, 0x70f, 0x63f};
    private static final int BUFFER = 64 * 1024;
    private static final long MAX_DATA = 0xffff_ffffL - 80;

    private final File file;
    private final boolean extensible;
    private final byte[] buffer = new byte[BUFFER];
    private RandomAccessFile out;
    private PcmFormat format;
    private int buffered;
    private int headerSize;
    private long dataBytes;

    /** A sink that describes more than two channels with WAVE_FORMAT_EXTENSIBLE and a channel mask. */
    public WavFileSink(Path path) {
        this(path, true);
    }

    /**
     * @param extensible whether more than two channels get WAVE_FORMAT_EXTENSIBLE with a channel
     *     mask; if false every file has the canonical 44-byte header, as oggdec writes it
     */
    public WavFileSink(Path path, boolean extensible) {
        if (path == null) {
            throw new IllegalArgumentException("path is null");
        }
        this.file = path.toFile();
        this.extensible = extensible;
    }

    /** The channel mask written for {@code channels} channels; 0 means no speaker assignment. */
    public static int channelMask(int channels) {
        return channels <= CHANNEL_MASKS.length ? CHANNEL_MASKS[channels - 1] : 0;
    }

    @Override
    public void open(PcmFormat newFormat) throws SinkException {
        if (out != null) {
            if (newFormat.equals(format)) {
                return;
            }
            throw new SinkException(file + ": a WAV file cannot change format from " + format + " to " + newFormat);
        }
        format = newFormat;
        byte[] header = header(newFormat, 0, extensible);
        headerSize = header.length;
        try {
            out = new RandomAccessFile(file, "rw");
            out.setLength(0);
            out.write(header);
        } catch (IOException e) {
            close();
            throw new SinkException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(byte[] s16le, int offset, int length) throws SinkException {
        if (out == null) {
            throw new SinkException(file + ": write before open");
        }
        if (length % format.bytesPerFrame() != 0) {
            throw new IllegalArgumentException(length + " bytes is not a whole number of frames of " + format);
        }
        if (dataBytes + length > MAX_DATA) {
            throw new SinkException(file + ": WAV data would exceed 4 GiB");
        }
        try {
            while (length > 0) {
                int n = Math.min(length, BUFFER - buffered);
                System.arraycopy(s16le, offset, buffer, buffered, n);
                buffered += n;
                offset += n;
                length -= n;
                dataBytes += n;
                if (buffered == BUFFER) {
                    writeBuffered();
                }
            }
        } catch (IOException e) {
            throw new SinkException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes out buffered samples and the final chunk sizes, leaving a complete file. */
    @Override
    public void drain() throws SinkException {
        if (out == null) {
            return;
        }
        try {
            finish();
            out.getFD().sync();
        } catch (IOException e) {
            throw new SinkException(file + ": " + e.getMessage(), e);
        }
    }

    private void finish() throws IOException {
        writeBuffered();
        long position = out.getFilePointer();
        out.seek(0);
        out.write(header(format, dataBytes, extensible));
        out.seek(position);
    }

    /** Frames written so far. */
    public long framesWritten() {
        return format == null ? 0 : dataBytes / format.bytesPerFrame();
    }

    private void writeBuffered() throws IOException {
        out.write(buffer, 0, buffered);
        buffered = 0;
    }

    /** Finishes and closes the file; failures are silent here, so call {@link #drain} to see them. */
    @Override
    public void close() {
        if (out != null) {
            try (RandomAccessFile closing = out) {
                finish();
            } catch (IOException e) {
                // close() never throws; drain() reports what matters.
            }
            out = null;
            buffered = 0;
            dataBytes = 0;
        }
    }

    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_EXTENSIBLE = 0xfffe;
    /** KSDATAFORMAT_SUBTYPE_PCM, 00000001-0000-0010-8000-00aa00389b71, in its on-disk byte order. */
    private static final byte[] SUBTYPE_PCM = {
        1, 0, 0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xaa, 0, 0x38, (byte) 0x9b, 0x71};

    /** A header for {@code dataBytes} bytes of samples: 44 bytes up to two channels, 68 beyond. */
    static byte[] header(PcmFormat format, long dataBytes, boolean allowExtensible) {
        boolean extensible = allowExtensible && format.channels() > 2;
        int fmtSize = extensible ? 40 : 16;
        byte[] h = new byte[12 + 8 + fmtSize + 8];
        ascii(h, 0, "RIFF");
        le32(h, 4, h.length - 8 + dataBytes);
        ascii(h, 8, "WAVE");
        ascii(h, 12, "fmt ");
        le32(h, 16, fmtSize);
        le16(h, 20, extensible ? FORMAT_EXTENSIBLE : FORMAT_PCM);
        le16(h, 22, format.channels());
        le32(h, 24, format.sampleRate());
        le32(h, 28, (long) format.sampleRate() * format.bytesPerFrame());
        le16(h, 32, format.bytesPerFrame());
        le16(h, 34, 16);
        int at = 36;
        if (extensible) {
            le16(h, 36, 22);
            le16(h, 38, 16);
            le32(h, 40, channelMask(format.channels()) & 0xffffffffL);
            System.arraycopy(SUBTYPE_PCM, 0, h, 44, SUBTYPE_PCM.length);
            at = 60;
        }
        ascii(h, at, "data");
        le32(h, at + 4, dataBytes);
        return h;
    }

    private static void ascii(byte[] h, int at, String s) {
        for (int i = 0; i < 4; i++) {
            h[at + i] = (byte) s.charAt(i);
        }
    }

    private static void le16(byte[] h, int at, int v) {
        h[at] = (byte) v;
        h[at + 1] = (byte) (v >> 8);
    }

    private static void le32(byte[] h, int at, long v) {
        for (int i = 0; i < 4; i++) {
            h[at + i] = (byte) (v >> (8 * i));
        }
    }
}
