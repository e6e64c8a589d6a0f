package io.tonearm.agent.testkit;

import io.tonearm.agent.stream.AudioFetcher;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A scripted control plane and audio server in memory: tracks by id, with refusals on demand. */
public final class MemoryCatalog implements StreamResolver, AudioFetcher {
    private final Map<String, byte[]> audio = new ConcurrentHashMap<>();
    private final Map<String, StreamException.Reason> refusals = new ConcurrentHashMap<>();

    public TrackRef add(String id, byte[] bytes) {
        audio.put(id, bytes);
        return new TrackRef(id);
    }

    public void refuse(String id, StreamException.Reason reason) {
        refusals.put(id, reason);
    }

    @Override
    public StreamTicket resolve(TrackRef track, Quality quality) throws StreamException {
        StreamException.Reason refusal = refusals.get(track.id());
        if (refusal != null) {
            throw new StreamException(refusal, "refused by the test catalog");
        }
        if (!audio.containsKey(track.id())) {
            throw new StreamException(StreamException.Reason.NOT_FOUND, "no track " + track.id());
        }
        return new StreamTicket(track, quality, URI.create("mem:/" + track.id()), Instant.now().plusSeconds(60), 0, 1000);
    }

    @Override
    public InputStream open(URI url) throws StreamException {
        byte[] bytes = audio.get(url.getPath().substring(1));
        if (bytes == null) {
            throw new StreamException(StreamException.Reason.NOT_FOUND, "no audio at " + url);
        }
        return new ByteArrayInputStream(bytes);
    }
}
