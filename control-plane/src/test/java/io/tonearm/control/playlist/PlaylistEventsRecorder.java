package io.tonearm.control.playlist;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test bean: records every {@link PlaylistChanged} the service publishes. */
@Singleton
public class PlaylistEventsRecorder {

    private final List<String> ids = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PlaylistChanged event) {
        ids.add(event.playlistId());
    }

    public List<String> ids() {
        return List.copyOf(ids);
    }
}
