package io.tonearm.agent.app;

import io.tonearm.agent.audio.Pcm16;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.decode.jorbis.VorbisChannelOrder;
import io.tonearm.agent.decode.jorbis.VorbisDecoder;
import io.tonearm.agent.sink.SinkException;
import io.tonearm.agent.sink.WavFileSink;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code tonearm decode [--layout oggdec|wav] IN.ogg OUT.wav}: decodes with the agent's own path
 * (VorbisDecoder, Pcm16, WavFileSink) to a 16-bit WAV at the stream's rate and channel count. The
 * links of a chained stream come out concatenated if they share rate and channels.
 *
 * <p>The layout of more than two channels: {@code oggdec} (the default) writes what libvorbis's
 * {@code oggdec} 1.4.2 writes — the canonical 44-byte header and its channel order, so the two
 * files compare sample for sample; {@code wav} writes standard WAV order with
 * WAVE_FORMAT_EXTENSIBLE and a channel mask. Mono and stereo files are the same either way.
 *
 * <p>Exit status 0 on success; 1 with one line on {@code err} naming the file and the problem
 * (missing file, not Ogg, not Vorbis, corrupt, links of different formats, write failure); 2 with
 * usage on wrong arguments. The WAV is written beside OUT under a temporary name and moved into
 * place only when complete, so a failure leaves no partial file and an existing OUT untouched.
 */
public final class DecodeCommand {
    static final String USAGE = "usage: tonearm decode [--layout oggdec|wav] IN.ogg OUT.wav";

    /** How more than two channels are laid out in the WAV file. */
    enum Layout { OGGDEC, WAV }
    private static final int FRAMES = 4096;

    private DecodeCommand() {
    }

    public static int run(List<String> arguments, PrintStream err) {
        List<String> args = arguments;
        Layout layout = Layout.OGGDEC;
        if (args.size() == 4 && args.get(0).equals("--layout")) {
            if (!args.get(1).equals("oggdec") && !args.get(1).equals("wav")) {
                err.println("decode: --layout must be oggdec or wav, not \"" + args.get(1) + "\"");
                return 2;
            }
            layout = Layout.valueOf(args.get(1).toUpperCase(java.util.Locale.ROOT));
            args = args.subList(2, 4);
        }
        if (args.size() != 2 || args.get(0).startsWith("-") || args.get(1).startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        String inName = args.get(0);
        Path out = Path.of(args.get(1)).toAbsolutePath();
        Path partial = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(inName)), 1 << 16)) {
            partial = Files.createTempFile(out.getParent(), "." + out.getFileName(), ".part");
            decode(in, partial, layout);
            moveIntoPlace(partial, out);
            return 0;
        } catch (NoSuchFileException e) {
            return fail(err, e.getFile(), "no such file", partial);
        } catch (FormatChange e) {
            return fail(err, inName, e.getMessage(), partial);
        } catch (DecodeException e) {
            return fail(err, inName, e.getMessage(), partial);
        } catch (SinkException e) {
            return fail(err, args.get(1), e.getMessage(), partial);
        } catch (IOException e) {
            return fail(err, inName, String.valueOf(e.getMessage()), partial);
        }
    }

    private static void decode(InputStream in, Path wav, Layout layout) throws DecodeException, SinkException, FormatChange {
        try (DecodedAudio audio = new VorbisDecoder().open(in); WavFileSink sink = new WavFileSink(wav, layout == Layout.WAV)) {
            PcmFormat format = audio.format();
            int channels = format.channels();
            int[] toWav = layout == Layout.WAV ? VorbisChannelOrder.toWav(channels) : VorbisChannelOrder.oggdec(channels);
            boolean reorder = !isIdentity(toWav);
            float[] samples = new float[FRAMES * channels];
            float[] scratch = new float[channels];
            byte[] bytes = new byte[samples.length * 2];
            sink.open(format);
            for (int n = audio.read(samples, FRAMES); n != DecodedAudio.END; n = audio.read(samples, FRAMES)) {
                if (n == DecodedAudio.FORMAT_CHANGED) {
                    throw new FormatChange(format, audio.format());
                }
                if (reorder) {
                    VorbisChannelOrder.apply(toWav, samples, n, scratch);
                }
                Pcm16.toLittleEndian(samples, n * channels, bytes, 0);
                sink.write(bytes, 0, n * channels * 2);
            }
            sink.drain();
        }
    }

    private static boolean isIdentity(int[] map) {
        for (int i = 0; i < map.length; i++) {
            if (map[i] != i) {
                return false;
            }
        }
        return true;
    }

    private static void moveIntoPlace(Path partial, Path out) throws IOException {
        try {
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int fail(PrintStream err, String file, String problem, Path partial) {
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                problem += " (and " + partial + " could not be removed)";
            }
        }
        err.println("decode: " + file + ": " + problem);
        return 1;
    }

    /** A chained stream's links differ in format; one WAV file cannot hold both. */
    private static final class FormatChange extends Exception {
        private static final long serialVersionUID = 1L;

        FormatChange(PcmFormat from, PcmFormat to) {
            super("links of different formats: " + from + ", then " + to);
        }
    }
}
