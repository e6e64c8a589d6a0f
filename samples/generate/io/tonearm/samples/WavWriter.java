package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Canonical 44-byte-header PCM WAV (RIFF, WAVE_FORMAT_PCM, 16-bit little-endian). */
final class WavWriter {
    static void write(Path path, short[][] pcm) throws IOException {
        int channels = pcm.length;
        int frames = pcm[0].length;
        int dataBytes = frames * channels * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
        b.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) channels).putInt(SR).putInt(SR * channels * 2)
                .putShort((short) (channels * 2)).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (int i = 0; i < frames; i++) {
            for (short[] ch : pcm) b.putShort(ch[i]);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
            out.write(b.array());
        }
    }
}
