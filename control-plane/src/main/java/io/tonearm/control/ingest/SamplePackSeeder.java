package io.tonearm.control.ingest;

import io.micronaut.context.annotation.Context;
import io.micronaut.json.JsonMapper;
import io.tonearm.control.ControlProperties;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.tonearm.control.catalog.Catalog;
import io.tonearm.control.catalog.CatalogChanged;
import io.tonearm.control.catalog.Quality;
import io.tonearm.control.catalog.Track;
import io.tonearm.control.catalog.TrackFile;
import io.tonearm.control.ingest.SamplePack.PackTrack;
import io.tonearm.control.media.MediaImportException;
import io.tonearm.control.media.MediaStore;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fills an empty catalog from the sample pack when the context starts: every file is copied into
 * the media store and checked against its manifest hash, then all rows are written in one
 * transaction. A catalog that already has tracks is left alone, so restarts are idempotent. Any
 * problem fails start with a message naming the file.
 */
@Context
public class SamplePackSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(SamplePackSeeder.class);

    private final Catalog catalog;
    private final MediaStore media;
    private final JsonMapper json;
    private final Path samplePack;
    private final ApplicationEventPublisher<CatalogChanged> events;

    SamplePackSeeder(Catalog catalog, MediaStore media, JsonMapper json, ControlProperties properties,
                     ApplicationEventPublisher<CatalogChanged> events) {
        this.events = events;
        this.catalog = catalog;
        this.media = media;
        this.json = json;
        this.samplePack = properties.samplePack();
    }

    @PostConstruct
    void seedIfEmpty() {
        long existing = catalog.trackCount();
        if (existing > 0) {
            LOG.info("Catalog holds {} tracks; sample pack not imported", existing);
            return;
        }
        SamplePack pack = SamplePack.read(samplePack, json);
        for (PackTrack packTrack : pack.tracks()) {
            for (TrackFile file : packTrack.track().files().values()) {
                Quality quality = file.quality();
                try {
                    media.put(packTrack.track().id(), quality, packTrack.sources().get(quality), file.bytes(),
                            file.sha256());
                } catch (MediaImportException e) {
                    throw new SamplePackException("Sample pack " + pack.directory() + ": " + e.getMessage(), e);
                }
            }
        }
        List<Track> tracks =
                pack.tracks().stream().map(PackTrack::track).collect(Collectors.toList());
        catalog.add(tracks);
        events.publishEvent(new CatalogChanged(tracks.stream().map(t -> t.id().value()).collect(Collectors.toList())));
        LOG.info("Imported {} tracks from sample pack {}", tracks.size(), pack.directory());
    }
}
