package io.tonearm.agent.stream;

import java.net.URI;

/** Gets a freshly signed URL for the stream being fetched (usually through {@link StreamResolver}). Blocking. */
@FunctionalInterface
public interface UrlRefresher {
    URI refresh() throws StreamException;
}
