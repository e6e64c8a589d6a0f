package io.tonearm.control.ingest;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.tonearm.control.ControlProperties;
import io.tonearm.control.analysis.AudioAnalysis;
import io.tonearm.control.analysis.SilentAudioException;
import io.tonearm.control.catalog.CatalogChanged;
import io.tonearm.control.catalog.Quality;
import io.tonearm.control.catalog.Track;
import io.tonearm.control.catalog.TrackFile;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.seek.SeekIndex;
import io.tonearm.control.seek.SeekIndexBuilder;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Ingests one audio file: hash → (already known? done) → decode → measure → encode the ladder into
 * a staging directory → index → commit rows and files together ({@link IngestWriter}) → publish
 * {@link CatalogChanged}. Commits are serialised (one track at a time in this process). Nothing is left half-done: staging lives under the media root (so the
 * final move is one rename) and is deleted whatever happens. Thread-safe; blocking; several files
 * may be ingested at once ({@link IngestBatch}).
 */
@Singleton
public class IngestPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

    private final SourceDecoder decoder;
    private final Transcoder transcoder;
    private final IngestWriter writer;
    private final ApplicationEventPublisher<CatalogChanged> events;
    private final Clock clock;
    private final Path mediaRoot;
    /**
     * One track commits at a time: a commit reads, then writes, rows that tracks share (an artist, an
     * album and its track count), so two at once could both insert the same artist. The slow part
     * (decoding, measuring, encoding) still runs in parallel; a commit takes milliseconds.
     */
    private final ReentrantLock commitLock = new ReentrantLock();

    IngestPipeline(SourceDecoder decoder, Transcoder transcoder, IngestWriter writer,
                   ApplicationEventPublisher<CatalogChanged> events, Clock clock, ControlProperties properties) {
        this.decoder = decoder;
        this.transcoder = transcoder;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
        this.mediaRoot = properties.mediaDir().toAbsolutePath().normalize();
    }

    /**
     * Ingests {@code source}; {@code name} is what its submitter called it (only kept as text).
     * Never throws for a bad file: the outcome says what happened.
     */
    public IngestOutcome ingest(Path source, String name) {
        String originalName = SourceName.clean(name);
        Path staging = mediaRoot.resolve(".staging").resolve(UUID.randomUUID().toString());
        try {
            String sha256 = ContentHash.sha256(source);
            var known = writer.trackWithContent(sha256);
            if (known.isPresent()) {
                return new IngestOutcome.Duplicate(originalName, new TrackId(known.get()));
            }
            transcoder.checkAvailable();
            Files.createDirectories(staging);
            SourceDecoder.Decoded decoded = decoder.decode(source, staging);
            AudioAnalysis analysis = AudioAnalysis.of(asPlayed(decoded.pcm()));
            TrackId id = TrackIds.track(sha256);
            Path encodings = Files.createDirectory(staging.resolve(id.value()));
            EncoderInputs inputs = new EncoderInputs(decoded.pcm(), staging);
            Map<Quality, TrackFile> files = new EnumMap<>(Quality.class);
            Map<Quality, SeekIndex> indexes = new EnumMap<>(Quality.class);
            for (Quality quality : Quality.values()) {
                Path out = encodings.resolve(quality.kbps() + ".ogg");
                transcoder.encode(inputs, quality, decoded.tags(), out);
                SeekIndexBuilder.Scan scan = scan(out);
                long bytes = Files.size(out);
                files.put(quality, new TrackFile(quality, bytes, Math.round(bytes * 8.0 / analysis.durationMs() * 10) / 10.0,
                        scan.sampleRate(), scan.channels(), ContentHash.sha256(out)));
                indexes.put(quality, scan.index());
            }
            Track track = TrackIds.track(id, decoded.tags(), originalName, analysis, files,
                    clock.instant().atZone(ZoneOffset.UTC).getYear());
            Path target = mediaRoot.resolve(id.value());
            commitLock.lock();
            try {
                // Another ingestion of the same bytes may have committed while this one encoded.
                var raced = writer.trackWithContent(sha256);
                if (raced.isPresent()) {
                    return new IngestOutcome.Duplicate(originalName, new TrackId(raced.get()));
                }
                try {
                    writer.commit(track, sha256, originalName, clock.instant(), analysis.samplePeak(), indexes, encodings,
                            target);
                } catch (RuntimeException e) {
                    undoMove(target, id);
                    throw e;
                }
            } finally {
                commitLock.unlock();
            }
            events.publishEvent(new CatalogChanged(List.of(id.value())));
            LOG.info("Ingested {} as {} ({}, {} LUFS)", originalName, id.value(), track.title(),
                    Math.round(analysis.loudnessLufs() * 10) / 10.0);
            return new IngestOutcome.Ingested(originalName, id, track.title(), track.artist().name());
        } catch (IngestException e) {
            LOG.warn("Not ingested: {}: {}", originalName, e.getMessage());
            return new IngestOutcome.Failed(originalName, e.reason(), e.getMessage());
        } catch (SilentAudioException e) {
            LOG.warn("Not ingested: {}: {}", originalName, e.getMessage());
            return new IngestOutcome.Failed(originalName, IngestException.Reason.SILENT, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("Not ingested: {}", originalName, e);
            return new IngestOutcome.Failed(originalName, IngestException.Reason.STORAGE, String.valueOf(e));
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Ingests an upload: the bytes are first copied to a private file under the staging area (never
     * named after {@code name}), ingested from there, and the copy deleted.
     */
    public IngestOutcome ingest(java.io.InputStream upload, String name) throws IOException {
        Path uploads = Files.createDirectories(mediaRoot.resolve(".staging").resolve("uploads"));
        Path copy = Files.createTempFile(uploads, "upload-", ".bin");
        try {
            Files.copy(upload, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return ingest(copy, name);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * The source as a listener hears it, for measuring its loudness: a mono source plays on both
     * speakers of a stereo device (the agent copies it to every channel, and the 96 kbit/s and higher
     * rungs are stereo), so it is measured as that two-channel signal. Measured as one channel,
     * BS.1770 would read it 3 dB quieter than it sounds and the gain would play it 3 dB loud (the
     * "dual mono" case of libebur128 and ReplayGain 2).
     */
    static io.tonearm.control.analysis.Pcm asPlayed(io.tonearm.control.analysis.Pcm pcm) {
        return pcm.channelCount() == 1 ? EncoderInputs.remix(pcm, 2) : pcm;
    }

    private static SeekIndexBuilder.Scan scan(Path encoded) throws IOException {
        try {
            return SeekIndexBuilder.scan(encoded);
        } catch (io.tonearm.control.seek.OggFormatException e) {
            throw new IngestException(IngestException.Reason.TOOL_FAILED,
                    "the encoder wrote " + encoded.getFileName() + ", which is not valid Ogg Vorbis: " + e.getMessage(), e);
        }
    }

    /** The transaction failed after the directory moved (a commit failure): take the files back out. */
    private void undoMove(Path target, TrackId id) {
        if (Files.isDirectory(target) && !writer.isIngested(id)) {
            deleteTree(target);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Cannot delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot clean up {}: {}", root, e.toString());
        }
    }
}
