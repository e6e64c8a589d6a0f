package io.tonearm.agent.decode.jorbis;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;
import io.tonearm.agent.audio.Pcm16;
import io.tonearm.agent.decode.DecodedAudio;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures {@link VorbisDecoder} against a plain JOrbis decode loop and {@code oggdec}, all to 16-bit
 * PCM, in one JVM: best of N after warm-up; oggdec by wall time, process start included; then the
 * bytes each Java path allocates for one decode of the file. A benchmark, not a test (surefire does
 * not pick it up). From the repository root: {@code bin/tonearm bench decode [FILE] [ROUNDS]}, or
 * after {@code mvn verify}:
 *
 * <pre>
 * java -cp device-agent/decoder-jorbis/target/classes:device-agent/decoder-jorbis/target/test-classes:\
 * device-agent/core/target/classes:$HOME/.m2/repository/org/jcraft/jorbis/0.0.17/jorbis-0.0.17.jar \
 *     io.tonearm.agent.decode.jorbis.DecodeSpeedBenchmark samples/audio/neon-harbor-01-320.ogg 10
 * </pre>
 */
public final class DecodeSpeedBenchmark {
    private static long sink;

    public static void main(String[] args) throws Exception {
        byte[] ogg = Files.readAllBytes(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        for (int i = 0; i < 5; i++) {
            agent(ogg);
            plainJOrbis(ogg);
        }
        long agent = Long.MAX_VALUE;
        long plain = Long.MAX_VALUE;
        long oggdec = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            plainJOrbis(ogg);
            long t1 = System.nanoTime();
            agent(ogg);
            long t2 = System.nanoTime();
            Process p = new ProcessBuilder("oggdec", "-Q", "-R", args[0], "-o", "/dev/null").inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("oggdec failed");
            }
            oggdec = Math.min(oggdec, System.nanoTime() - t2);
            plain = Math.min(plain, t1 - t0);
            agent = Math.min(agent, t2 - t1);
        }
        System.out.printf("VorbisDecoder %.1f ms, plain JOrbis %.1f ms, oggdec %.1f ms (wall)%n",
                agent / 1e6, plain / 1e6, oggdec / 1e6);
        System.out.printf("VorbisDecoder/plain %.3f, VorbisDecoder/oggdec %.2f, plain/oggdec %.2f (%d)%n",
                (double) agent / plain, (double) agent / oggdec, (double) plain / oggdec, sink & 1);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long a0 = threads.getCurrentThreadAllocatedBytes();
        agent(ogg);
        long a1 = threads.getCurrentThreadAllocatedBytes();
        plainJOrbis(ogg);
        long a2 = threads.getCurrentThreadAllocatedBytes();
        System.out.printf("allocated per decode of the file: VorbisDecoder %d kB, plain JOrbis %d kB%n", (a1 - a0) / 1024,
                (a2 - a1) / 1024);
    }

    private static void agent(byte[] ogg) throws Exception {
        try (DecodedAudio audio = new VorbisDecoder().open(new ByteArrayInputStream(ogg))) {
            float[] samples = new float[4096 * 8];
            byte[] bytes = new byte[samples.length * 2];
            for (int n = audio.read(samples, 4096); n != DecodedAudio.END; n = audio.read(samples, 4096)) {
                if (n > 0) {
                    Pcm16.toLittleEndian(samples, n * audio.format().channels(), bytes, 0);
                    sink += bytes[0];
                }
            }
        }
    }

    /** JOrbis's own DecodeExample loop, condensed: 4 KiB reads, no trimming, truncating conversion. */
    private static void plainJOrbis(byte[] ogg) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(ogg);
        SyncState oy = new SyncState();
        StreamState os = new StreamState();
        Page og = new Page();
        Packet op = new Packet();
        Info vi = new Info();
        Comment vc = new Comment();
        DspState vd = new DspState();
        Block vb = new Block(vd);
        oy.init();
        vi.init();
        vc.init();
        float[][][] pcmRef = new float[1][][];
        int[] index = null;
        byte[] out = new byte[4096 * 2];
        int headers = 0;
        boolean started = false;
        for (int offset = oy.buffer(4096), n; (n = in.read(oy.data, offset, 4096)) > 0; offset = oy.buffer(4096)) {
            oy.wrote(n);
            while (oy.pageout(og) == 1) {
                if (!started) {
                    os.init(og.serialno());
                    started = true;
                }
                os.pagein(og);
                while (os.packetout(op) == 1) {
                    if (headers < 3) {
                        vi.synthesis_headerin(vc, op);
                        if (++headers == 3) {
                            vd.synthesis_init(vi);
                            vb.init(vd);
                            index = new int[vi.channels];
                        }
                        continue;
                    }
                    if (vb.synthesis(op) == 0) {
                        vd.synthesis_blockin(vb);
                    }
                    for (int samples; (samples = vd.synthesis_pcmout(pcmRef, index)) > 0;) {
                        int frames = Math.min(samples, 4096 / vi.channels);
                        for (int c = 0; c < vi.channels; c++) {
                            float[] pcm = pcmRef[0][c];
                            for (int j = 0, o = c * 2; j < frames; j++, o += 2 * vi.channels) {
                                int v = Math.max(-32768, Math.min(32767, (int) (pcm[index[c] + j] * 32767.)));
                                out[o] = (byte) v;
                                out[o + 1] = (byte) (v >>> 8);
                            }
                        }
                        sink += out[0];
                        vd.synthesis_read(frames);
                    }
                }
            }
        }
    }
}
