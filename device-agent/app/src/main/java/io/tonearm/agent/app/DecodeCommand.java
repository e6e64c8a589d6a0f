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
 * {@code tonearm decode IN.ogg OUT.wav}: decodes with the agent's own path (VorbisDecoder, Pcm16,
 * WavFileSink) to a 16-bit WAV at the stream's rate and channel count, channels in WAV order. The
 * links of a chained stream come out concatenated if they share rate and channels.
 *
 * <p>Exit status 0 on success; 1 with one line on {@code err} naming the file and the problem
 * (missing file, not Ogg, not Vorbis, corrupt, links of different formats, write failure); 2 with
 * usage on wrong arguments. The WAV is written beside OUT under a temporary name and moved into
 * place only when complete, so a failure leaves no partial file and an existing OUT untouched.
 */
public final class DecodeCommand {
    static final String USAGE = "usage: tonearm decode IN.ogg OUT.wav";
    private static final int FRAMES = 4096;

    private DecodeCommand() {
    }

    public static int run(List<String> args, PrintStream err) {
        if (args.size() != 2 || args.get(0).startsWith("-") || args.get(1).startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        String inName = args.get(0);
        Path out = Path.of(args.get(1)).toAbsolutePath();
        Path partial = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(inName)), 1 << 16)) {
            partial = Files.createTempFile(out.getParent(), "." + out.getFileName(), ".part");
            decode(in, partial);
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

    private static void decode(InputStream in, Path wav) throws DecodeException, SinkException, FormatChange {
        try (DecodedAudio audio = new VorbisDecoder().open(in); WavFileSink sink = new WavFileSink(wav)) {
            PcmFormat format = audio.format();
            int channels = format.channels();
            int[] toWav = VorbisChannelOrder.toWav(channels);
            boolean reorder = VorbisChannelOrder.reorders(channels);
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
