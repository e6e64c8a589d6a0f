package io.tonearm.control.ingest;

import io.tonearm.control.analysis.Pcm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a RIFF/WAVE file in Java: PCM (8, 16, 24, 32 bit) and IEEE float (32, 64 bit), plain or
 * {@code WAVE_FORMAT_EXTENSIBLE}, 1–8 channels, and the {@code LIST/INFO} tags (INAM title, IART
 * artist, IPRD album, ICRD date, ITRK/IPRT track; UTF-8 when valid, else ISO-8859-1). Chunk sizes
 * are bounds-checked against the file; a {@code data} size past the end (streamed WAV) is clamped.
 * Anything else is {@link IngestException.Reason#NOT_AUDIO}; call {@link #isWav} first to choose
 * this reader. Blocking file I/O.
 */
final class WavFile {

    record Contents(Pcm pcm, Tags tags) {
    }

    private static final int PCM = 1;
    private static final int FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;

    private WavFile() {
    }

    static boolean isWav(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(12);
            while (head.hasRemaining() && ch.read(head) > 0) {
                // fill
            }
            byte[] b = head.array();
            return head.position() == 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                    && b[8] == 'W' && b[9] == 'A' && b[10] == 'V' && b[11] == 'E';
        }
    }

    static Contents read(Path file, int maxSeconds) throws IOException {
        ByteBuffer buf;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) {
                throw new IngestException(IngestException.Reason.TOO_LONG, file + " is larger than 2 GiB");
            }
            buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.LITTLE_ENDIAN);
        }
        if (buf.limit() < 12 || !isWav(file)) {
            throw notAudio(file, "not a RIFF/WAVE file");
        }
        int format = -1, channels = 0, rate = 0, bits = 0, blockAlign = 0;
        int dataAt = -1;
        long dataSize = 0;
        Map<String, String> info = new HashMap<>();
        int at = 12;
        while (at + 8 <= buf.limit()) {
            String id = fourCc(buf, at);
            long size = buf.getInt(at + 4) & 0xFFFFFFFFL;
            int body = at + 8;
            long available = buf.limit() - body;
            if (id.equals("fmt ")) {
                if (size < 16 || size > available) {
                    throw notAudio(file, "malformed fmt chunk");
                }
                format = buf.getShort(body) & 0xFFFF;
                channels = buf.getShort(body + 2) & 0xFFFF;
                rate = buf.getInt(body + 4);
                blockAlign = buf.getShort(body + 12) & 0xFFFF;
                bits = buf.getShort(body + 14) & 0xFFFF;
                if (format == EXTENSIBLE && size >= 40) {
                    format = buf.getShort(body + 24) & 0xFFFF;
                }
            } else if (id.equals("data")) {
                dataAt = body;
                dataSize = Math.min(size, available);
            } else if (id.equals("LIST") && size >= 4 && size <= available && fourCc(buf, body).equals("INFO")) {
                readInfo(buf, body + 4, (int) (body + size), info);
            }
            if (size > available) {
                break;
            }
            at = (int) Math.min(Integer.MAX_VALUE - 8L, body + size + (size & 1));
        }
        if (format < 0 || dataAt < 0) {
            throw notAudio(file, "no fmt or data chunk");
        }
        boolean supported = (format == PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32))
                || (format == FLOAT && (bits == 32 || bits == 64));
        if (!supported || channels < 1 || channels > 8 || rate < 8000 || rate > 192000
                || blockAlign != channels * bits / 8) {
            throw notAudio(file, "unsupported WAV format " + format + ", " + bits + " bit, " + channels + " ch, "
                    + rate + " Hz");
        }
        long frames = dataSize / blockAlign;
        if (frames > (long) rate * maxSeconds) {
            throw new IngestException(IngestException.Reason.TOO_LONG, file + " is longer than ingestion accepts");
        }
        float[][] pcm = new float[channels][(int) frames];
        int bytes = bits / 8;
        for (int f = 0; f < frames; f++) {
            int base = dataAt + f * blockAlign;
            for (int c = 0; c < channels; c++) {
                pcm[c][f] = sample(buf, base + c * bytes, format, bits);
            }
        }
        Tags tags = Tags.of(info.get("INAM"), info.get("IART"), info.get("IPRD"), info.get("ICRD"),
                info.containsKey("ITRK") ? info.get("ITRK") : info.get("IPRT"));
        return new Contents(new Pcm(rate, pcm), tags);
    }

    private static float sample(ByteBuffer b, int at, int format, int bits) {
        if (format == FLOAT) {
            return bits == 32 ? b.getFloat(at) : (float) b.getDouble(at);
        }
        switch (bits) {
            case 8:
                return ((b.get(at) & 0xFF) - 128) / 128f;
            case 16:
                return b.getShort(at) / 32768f;
            case 24:
                return ((b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8 | b.get(at + 2) << 16) / 8388608f;
            default:
                return (float) (b.getInt(at) / 2147483648.0);
        }
    }

    private static void readInfo(ByteBuffer buf, int from, int end, Map<String, String> info) {
        int at = from;
        while (at + 8 <= end) {
            String id = fourCc(buf, at);
            long size = buf.getInt(at + 4) & 0xFFFFFFFFL;
            if (size > end - at - 8) {
                return;
            }
            byte[] value = new byte[(int) size];
            buf.get(at + 8, value);
            int length = value.length;
            while (length > 0 && value[length - 1] == 0) {
                length--;
            }
            info.putIfAbsent(id, decode(value, length));
            at += 8 + (int) size + (int) (size & 1);
        }
    }

    private static String decode(byte[] value, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return new String(value, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    private static String fourCc(ByteBuffer b, int at) {
        byte[] id = new byte[4];
        b.get(at, id);
        return new String(id, StandardCharsets.ISO_8859_1);
    }

    private static IngestException notAudio(Path file, String why) {
        return new IngestException(IngestException.Reason.NOT_AUDIO, file.getFileName() + ": " + why);
    }
}
