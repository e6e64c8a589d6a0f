package io.tonearm.control.ingest;

import io.tonearm.control.analysis.Pcm;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes PCM as a canonical 32-bit IEEE-float WAV (format 3), the encoders' common input. */
final class FloatWav {

    private FloatWav() {
    }

    static void write(Pcm pcm, Path file) throws IOException {
        int channels = pcm.channelCount();
        long dataBytes = (long) pcm.frames() * channels * 4;
        if (dataBytes > 0xFFFFFFFFL - 36) {
            throw new IngestException(IngestException.Reason.TOO_LONG, "too long for a WAV file");
        }
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put(new byte[]{'R', 'I', 'F', 'F'}).putInt((int) (36 + dataBytes)).put(new byte[]{'W', 'A', 'V', 'E'});
        header.put(new byte[]{'f', 'm', 't', ' '}).putInt(16).putShort((short) 3).putShort((short) channels)
                .putInt(pcm.sampleRate()).putInt(pcm.sampleRate() * channels * 4).putShort((short) (channels * 4))
                .putShort((short) 32);
        header.put(new byte[]{'d', 'a', 't', 'a'}).putInt((int) dataBytes);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header.array());
            ByteBuffer frame = ByteBuffer.allocate(channels * 4 * 1024).order(ByteOrder.LITTLE_ENDIAN);
            float[][] samples = pcm.channels();
            for (int f = 0; f < pcm.frames(); f++) {
                for (int c = 0; c < channels; c++) {
                    frame.putFloat(samples[c][f]);
                }
                if (!frame.hasRemaining()) {
                    out.write(frame.array(), 0, frame.position());
                    frame.clear();
                }
            }
            out.write(frame.array(), 0, frame.position());
        }
    }
}
