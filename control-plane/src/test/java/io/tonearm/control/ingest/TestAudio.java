package io.tonearm.control.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/** Writes 16-bit PCM WAV test files: music-like signals with LIST/INFO tags, silence, and so on. */
public final class TestAudio {

    private TestAudio() {
    }

    /** A stereo "track": a chord with a beat at {@code bpm}, {@code seconds} long, 44.1 kHz, seeded. */
    public static byte[] track(double seconds, double bpm, long seed, Map<String, String> info) {
        int rate = 44_100;
        int frames = (int) (rate * seconds);
        Random random = new Random(seed);
        double root = 110 + random.nextInt(110);
        short[] samples = new short[frames * 2];
        double period = 60.0 / bpm * rate;
        for (int i = 0; i < frames; i++) {
            double t = (double) i / rate;
            double chord = 0.12 * (Math.sin(2 * Math.PI * root * t) + Math.sin(2 * Math.PI * root * 1.25 * t)
                    + Math.sin(2 * Math.PI * root * 1.5 * t));
            double sinceBeat = i % period;
            double kick = 0.4 * Math.exp(-sinceBeat / (0.02 * rate)) * Math.sin(2 * Math.PI * 60 * sinceBeat / rate);
            double hat = 0.1 * Math.exp(-sinceBeat / (0.004 * rate)) * (random.nextDouble() * 2 - 1);
            double left = chord + kick + hat;
            double right = chord * 0.9 + kick + hat;
            samples[2 * i] = (short) Math.round(Math.max(-1, Math.min(1, left)) * 32767);
            samples[2 * i + 1] = (short) Math.round(Math.max(-1, Math.min(1, right)) * 32767);
        }
        return wav(rate, 2, samples, info);
    }

    public static byte[] silence(double seconds) {
        return wav(44_100, 2, new short[(int) (44_100 * seconds) * 2], Map.of());
    }

    /** A 16-bit WAV with a LIST/INFO chunk holding {@code info} (UTF-8) when not empty. */
    public static byte[] wav(int rate, int channels, short[] samples, Map<String, String> info) {
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        if (!info.isEmpty()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes("INFO".getBytes(StandardCharsets.US_ASCII));
            info.forEach((id, value) -> {
                byte[] text = (value + "\0").getBytes(StandardCharsets.UTF_8);
                body.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
                body.writeBytes(le(text.length));
                body.writeBytes(text);
                if (text.length % 2 == 1) {
                    body.write(0);
                }
            });
            list.writeBytes("LIST".getBytes(StandardCharsets.US_ASCII));
            list.writeBytes(le(body.size()));
            list.writeBytes(body.toByteArray());
        }
        int dataBytes = samples.length * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + list.size() + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + list.size() + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.put(list.toByteArray());
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] le(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }
}
