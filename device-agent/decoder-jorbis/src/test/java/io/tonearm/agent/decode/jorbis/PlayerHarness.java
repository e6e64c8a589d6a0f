package io.tonearm.agent.decode.jorbis;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.playback.PlayRequest;
import io.tonearm.agent.playback.Player;
import io.tonearm.agent.playback.PlayerListener;
import io.tonearm.agent.playback.PlayerParts;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.CapturingSink;
import io.tonearm.agent.sink.SinkException;
import io.tonearm.agent.stream.AudioFetcher;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.time.TimeSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real {@link Player} with the JOrbis decoder, an in-memory catalog, a capturing sink that logs
 * every call, and a listener that logs every event — for tests that play through the player thread.
 */
final class PlayerHarness implements AutoCloseable {
    /** A catalog entry: the bytes, the duration its ticket announces and the gain it grants. */
    record Entry(byte[] bytes, long durationMs, double gainDb) {
    }

    final Map<String, Entry> catalog = new ConcurrentHashMap<>();
    /** Sink calls and player events in order, e.g. "open 44100 Hz, 2 channels", "started x 0", "error x decode_corrupt". */
    final List<String> log = new CopyOnWriteArrayList<>();
    /** Bytes the sink had taken when each track was resolved ("id@bytes"). */
    final List<String> resolves = new CopyOnWriteArrayList<>();
    final CapturingSink capture = new CapturingSink(TimeSource.SYSTEM);
    final Player player;

    PlayerHarness(int gaplessLeadMs, int volume) {
        player = new Player(resolver(), fetcher(), new PlayerParts(new VorbisDecoder(), loggingSink(), 1024, gaplessLeadMs),
                listener(), volume);
    }

    TrackRef add(String id, byte[] bytes, long durationMs) {
        catalog.put(id, new Entry(bytes, durationMs, 0));
        return new TrackRef(id);
    }

    void play(TrackRef... queue) {
        player.play(new PlayRequest(List.of(queue), 0, 0, Quality.KBPS_320, false));
    }

    /** Waits until the log holds a line starting with {@code prefix}. */
    void await(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (log.stream().noneMatch(l -> l.startsWith(prefix))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + prefix + "\" in " + log);
            }
            Thread.sleep(5);
        }
    }

    static byte[] sample(String file) throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("samples/audio"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IOException("samples/audio not found above " + Path.of("").toAbsolutePath());
        }
        return Files.readAllBytes(dir.resolve("samples/audio").resolve(file));
    }

    @Override
    public void close() {
        player.close();
    }

    private StreamResolver resolver() {
        return (track, quality) -> {
            Entry e = catalog.get(track.id());
            if (e == null) {
                throw new StreamException(StreamException.Reason.NOT_FOUND, "no track " + track.id());
            }
            resolves.add(track.id() + "@" + capture.bytesCaptured());
            return new StreamTicket(track, quality, URI.create("mem:/" + track.id()), Instant.now().plusSeconds(60), e.gainDb(),
                    e.durationMs());
        };
    }

    private AudioFetcher fetcher() {
        return url -> {
            Entry e = catalog.get(url.getPath().substring(1));
            if (e == null) {
                throw new StreamException(StreamException.Reason.NOT_FOUND, "no audio at " + url);
            }
            InputStream in = new ByteArrayInputStream(e.bytes());
            return in;
        };
    }

    private AudioSink loggingSink() {
        return new AudioSink() {
            @Override
            public void open(PcmFormat format) {
                log.add("open " + format);
                capture.open(format);
            }

            @Override
            public void write(byte[] s16le, int offset, int length) throws SinkException {
                capture.write(s16le, offset, length);
            }

            @Override
            public void pause() {
                log.add("pause");
            }

            @Override
            public void resume() {
                log.add("resume");
            }

            @Override
            public void flush() {
                log.add("flush");
            }

            @Override
            public void drain() {
                log.add("drain");
            }

            @Override
            public void close() {
                log.add("close");
            }
        };
    }

    private PlayerListener listener() {
        return new PlayerListener() {
            @Override
            public void onLoading(long generation, TrackRef track, int queueIndex, StreamTicket ticket) {
                log.add("loading " + track.id() + " " + queueIndex);
            }

            @Override
            public void onTrackStarted(long generation, TrackRef track, int queueIndex, long positionMs) {
                log.add("started " + track.id() + " " + queueIndex + " @" + capture.bytesCaptured());
            }

            @Override
            public void onTrackCompleted(long generation, TrackRef track, int queueIndex) {
                log.add("completed " + track.id() + " " + queueIndex + " @" + capture.bytesCaptured());
            }

            @Override
            public void onError(long generation, TrackRef track, int queueIndex, String code, String message) {
                log.add("error " + track.id() + " " + code);
            }

            @Override
            public void onDamageSkipped(long generation, TrackRef track, int queueIndex, int stretches) {
                log.add("damaged " + track.id() + " " + stretches);
            }

            @Override
            public void onQueueEnded(long generation) {
                log.add("ended");
            }
        };
    }
}
