import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares two 16-bit PCM WAV files: {@code java .ci/WavCompare.java [--ref-layout=oggdec] REF.wav TEST.wav [minSnrDb]}.
 * Prints frames, channels, rate and the SNR of TEST against REF in dB; exits 1 if the formats or frame
 * counts differ or the SNR is below minSnrDb (default 90), 2 on bad arguments or unreadable files.
 *
 * <p>{@code --ref-layout=oggdec}: REF was written by oggdec 1.4.2, whose channel order is not WAV order
 * for 5 channels (left in Vorbis order) and 6 (its permutation applied backwards); REF is mapped to WAV
 * order first. oggdec 1.4.2 writes garbage for 7 and 8 channels and only the last link of a chained
 * file, so compare those against {@code oggdec -R} per link instead.
 */
public final class WavCompare {
    /** For oggdec 1.4.2's layout of n channels: the REF channel that holds WAV channel i. */
    private static final int[][] OGGDEC_TO_WAV = {null, null, null, {0, 1, 2}, {0, 1, 2, 3},
        {0, 2, 1, 3, 4}, {0, 1, 2, 4, 5, 3}};

    record Wav(int channels, int rate, short[] samples) {
        long frames() {
            return samples.length / channels;
        }
    }

    public static void main(String[] args) throws IOException {
        boolean oggdecLayout = args.length > 0 && args[0].equals("--ref-layout=oggdec");
        int first = oggdecLayout ? 1 : 0;
        if (args.length - first < 2 || args.length - first > 3) {
            System.err.println("usage: java .ci/WavCompare.java [--ref-layout=oggdec] REF.wav TEST.wav [minSnrDb]");
            System.exit(2);
        }
        double minSnr = args.length - first == 3 ? Double.parseDouble(args[first + 2]) : 90;
        Wav ref = read(Path.of(args[first]));
        Wav test = read(Path.of(args[first + 1]));
        if (oggdecLayout && ref.channels() > 2) {
            if (ref.channels() >= OGGDEC_TO_WAV.length) {
                System.err.println("oggdec 1.4.2 cannot write " + ref.channels() + " channels correctly; use oggdec -R");
                System.exit(2);
            }
            ref = new Wav(ref.channels(), ref.rate(), reorder(ref.samples(), OGGDEC_TO_WAV[ref.channels()]));
        }
        System.out.printf("ref:  %d frames, %d channels, %d Hz%n", ref.frames(), ref.channels(), ref.rate());
        System.out.printf("test: %d frames, %d channels, %d Hz%n", test.frames(), test.channels(), test.rate());
        if (ref.channels() != test.channels() || ref.rate() != test.rate() || ref.frames() != test.frames()) {
            System.out.println("FAIL: formats or frame counts differ");
            System.exit(1);
        }
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < ref.samples().length; i++) {
            double r = ref.samples()[i];
            double d = r - test.samples()[i];
            signal += r * r;
            noise += d * d;
        }
        double snr = noise == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(Math.max(signal, 1e-9) / noise);
        System.out.println("snr:  " + (noise == 0 ? "∞ (identical)" : String.format("%.2f dB", snr)));
        if (snr < minSnr) {
            System.out.printf("FAIL: SNR below %.1f dB%n", minSnr);
            System.exit(1);
        }
    }

    private static short[] reorder(short[] s, int[] map) {
        short[] out = new short[s.length];
        for (int f = 0; f < s.length; f += map.length) {
            for (int c = 0; c < map.length; c++) {
                out[f + c] = s[f + map[c]];
            }
        }
        return out;
    }

    /** Reads a 16-bit PCM WAV (WAVE_FORMAT_PCM or EXTENSIBLE), skipping unknown chunks. */
    static Wav read(Path path) throws IOException {
        byte[] b = Files.readAllBytes(path);
        if (b.length < 12 || !tag(b, 0, "RIFF") || !tag(b, 8, "WAVE")) {
            throw new IOException(path + ": not a RIFF/WAVE file");
        }
        int channels = 0;
        int rate = 0;
        for (int at = 12; at + 8 <= b.length; ) {
            long size = le32(b, at + 4);
            int body = at + 8;
            if (tag(b, at, "fmt ")) {
                int format = le16(b, body);
                channels = le16(b, body + 2);
                rate = (int) le32(b, body + 4);
                int bits = le16(b, body + 14);
                if ((format != 1 && format != 0xfffe) || bits != 16) {
                    throw new IOException(path + ": not 16-bit PCM (format " + format + ", " + bits + " bits)");
                }
            } else if (tag(b, at, "data")) {
                if (channels == 0) {
                    throw new IOException(path + ": data before fmt");
                }
                int length = (int) Math.min(size, b.length - body) / (2 * channels) * (2 * channels);
                short[] samples = new short[length / 2];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = (short) le16(b, body + 2 * i);
                }
                return new Wav(channels, rate, samples);
            }
            at = (int) Math.min(b.length, body + size + (size & 1));
        }
        throw new IOException(path + ": no data chunk");
    }

    private static boolean tag(byte[] b, int at, String t) {
        return b[at] == t.charAt(0) && b[at + 1] == t.charAt(1) && b[at + 2] == t.charAt(2) && b[at + 3] == t.charAt(3);
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }
}
