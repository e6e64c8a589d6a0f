package io.tonearm.control.seek;

import io.micronaut.transaction.annotation.Transactional;
import io.tonearm.control.catalog.Quality;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.media.MediaStore;
import io.tonearm.control.seek.SeekIndexRows.PeakRepository;
import io.tonearm.control.seek.SeekIndexRows.PeakRow;
import io.tonearm.control.seek.SeekIndexRows.SeekIndexKey;
import io.tonearm.control.seek.SeekIndexRows.SeekIndexRow;
import io.tonearm.control.seek.SeekIndexRows.SeekIndexRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The per-file facts a stream link carries beside the URL: the seek index and the track's sample
 * peak. Ingestion stores both; a file stored without an index (the sample pack, or a catalog from
 * before V4) gets its index built from the media store on first request and stored, once. A file
 * that is not valid Ogg Vorbis gets an empty index (logged, not stored, so a repaired file is
 * indexed later). Blocking (JDBC and file reads); call from the blocking executor.
 */
@Singleton
public class PlaybackFacts {

    private static final Logger LOG = LoggerFactory.getLogger(PlaybackFacts.class);

    private final SeekIndexRepository indexes;
    private final PeakRepository peaks;
    private final MediaStore media;

    PlaybackFacts(SeekIndexRepository indexes, PeakRepository peaks, MediaStore media) {
        this.indexes = indexes;
        this.peaks = peaks;
        this.media = media;
    }

    public SeekIndex seekIndex(TrackId track, Quality quality) {
        SeekIndexKey key = new SeekIndexKey(track.value(), quality.kbps());
        return stored(key).orElseGet(() -> build(key, track, quality));
    }

    /** The linear sample peak measured at ingestion; empty for tracks that were never measured. */
    @Transactional(readOnly = true)
    public OptionalDouble peak(TrackId track) {
        return peaks.findById(track.value()).map(p -> OptionalDouble.of(p.samplePeak())).orElse(OptionalDouble.empty());
    }

    private Optional<SeekIndex> stored(SeekIndexKey key) {
        return indexes.findById(key).map(row -> SeekIndex.fromJson(row.points()));
    }

    private SeekIndex build(SeekIndexKey key, TrackId track, Quality quality) {
        SeekIndex index;
        try {
            index = SeekIndexBuilder.of(media.pathOf(track, quality));
        } catch (IOException e) {
            LOG.warn("No seek index for {} at {} kbit/s: {}", track.value(), quality.kbps(), e.getMessage());
            return SeekIndex.empty();
        }
        try {
            store(new SeekIndexRow(key, index.toJson()));
        } catch (RuntimeException e) {
            // Another request stored it first (same file, same index); nothing to do.
            LOG.debug("Seek index for {} at {} kbit/s already stored", track.value(), quality.kbps());
        }
        return index;
    }

    private void store(SeekIndexRow row) {
        if (!indexes.existsById(row.key())) {
            indexes.save(row);
        }
    }

    /** Stores a peak measured at ingestion (inside the caller's transaction). */
    @Transactional
    public void savePeak(TrackId track, double samplePeak) {
        peaks.save(new PeakRow(track.value(), samplePeak));
    }

    /** Stores an index built at ingestion (inside the caller's transaction). */
    @Transactional
    public void saveIndex(TrackId track, Quality quality, SeekIndex index) {
        indexes.save(new SeekIndexRow(new SeekIndexKey(track.value(), quality.kbps()), index.toJson()));
    }
}
