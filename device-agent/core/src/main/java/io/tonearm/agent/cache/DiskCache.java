package io.tonearm.agent.cache;

import io.tonearm.agent.time.TimeSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded, least-recently-used cache of stream files on disk that survives restarts. Per key:
 * {@code STEM.ogg} (complete), {@code STEM.meta} ({@link CacheEntry}) and, while a fetch is under
 * way or was cut off, {@code STEM.part}, which the next fetch continues. A complete file is checked
 * against its SHA-256 before it is served; one that fails is deleted. Pinned entries (an offline
 * playlist) are never evicted; when pinned entries alone exceed the bound, nothing more is cached.
 * Thread-safe (one lock; file reads of served entries happen outside it).
 */
public final class DiskCache {
    private static final Logger LOG = LoggerFactory.getLogger(DiskCache.class);

    private final Path dir;
    private final long maxBytes;
    private final TimeSource time;
    private final Map<CacheKey, CacheEntry> entries = new HashMap<>();
    private final Set<CacheKey> pins = new HashSet<>();
    private final Set<CacheKey> writing = new HashSet<>();

    /** Opens the cache in {@code dir}, reading what an earlier run left there; the directory is made on first write. */
    public DiskCache(Path dir, long maxBytes, TimeSource time) throws IOException {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("a cache needs a positive size");
        }
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.time = time;
        load();
        synchronized (this) {
            evict();
        }
    }

    /** The verified complete file of {@code key}, if cached; marks it used. */
    public Optional<Path> complete(CacheKey key) {
        CacheEntry entry;
        synchronized (this) {
            entry = entries.get(key);
        }
        if (entry == null) {
            return Optional.empty();
        }
        Path file = file(key, ".ogg");
        try {
            if (Files.size(file) != entry.length() || !entry.sha256().equals(sha256(file))) {
                LOG.warn("cached {} fails its integrity check; dropping it", key);
                drop(key);
                return Optional.empty();
            }
        } catch (IOException e) {
            drop(key);
            return Optional.empty();
        }
        synchronized (this) {
            CacheEntry now = entries.get(key);
            if (now != null) {
                save(now.used(time.currentTimeMillis()));
            }
        }
        return Optional.of(file);
    }

    /** What the entry's ticket said (gain, duration), if {@code key} is cached. */
    public synchronized Optional<CacheEntry> entry(CacheKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The cached qualities of {@code track}, best first. */
    public synchronized List<CacheKey> cached(io.tonearm.agent.stream.TrackRef track) {
        List<CacheKey> keys = new ArrayList<>();
        for (CacheKey k : entries.keySet()) {
            if (k.track().equals(track)) {
                keys.add(k);
            }
        }
        keys.sort(Comparator.comparing(CacheKey::quality).reversed());
        return keys;
    }

    /** Bytes of {@code key} already fetched into its partial file (0 if none). */
    public long partialLength(CacheKey key) {
        try {
            Path part = file(key, ".part");
            return Files.exists(part) ? Files.size(part) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Claims the right to write {@code key}'s partial file; false if another fetch holds it. */
    public synchronized boolean claim(CacheKey key) {
        return writing.add(key);
    }

    public synchronized void release(CacheKey key) {
        writing.remove(key);
    }

    Path file(CacheKey key) {
        return file(key, ".ogg");
    }

    Path partFile(CacheKey key) {
        return file(key, ".part");
    }

    /** Appends to {@code key}'s partial file; the caller writes in order from {@link #partialLength}. */
    public OutputStream appender(CacheKey key) throws IOException {
        Files.createDirectories(dir);
        return Files.newOutputStream(file(key, ".part"), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The partial file of {@code key} is whole: hash it, keep it, evict what no longer fits. */
    public void finish(CacheKey key, double gainDb, long durationMs) throws IOException {
        Path part = file(key, ".part");
        long length = Files.size(part);
        if (length == 0) {
            Files.deleteIfExists(part);
            return;
        }
        String hash = sha256(part);
        synchronized (this) {
            boolean pinned = Optional.ofNullable(entries.get(key)).map(CacheEntry::pinned).orElse(false)
                    || pins.contains(key);
            Files.move(part, file(key, ".ogg"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            save(new CacheEntry(key, length, hash, time.currentTimeMillis(), pinned, gainDb, durationMs));
            evict();
        }
    }

    /** Keeps these entries for offline play (never evicted), and any of them cached later. */
    public synchronized void pin(Collection<CacheKey> keys) {
        pins.addAll(keys);
        for (CacheKey k : keys) {
            CacheEntry e = entries.get(k);
            if (e != null && !e.pinned()) {
                save(e.pinned(true));
            }
        }
    }

    /** Lets these entries be evicted again. */
    public synchronized void unpin(Collection<CacheKey> keys) {
        pins.removeAll(keys);
        for (CacheKey k : keys) {
            CacheEntry e = entries.get(k);
            if (e != null && e.pinned()) {
                save(e.pinned(false));
            }
        }
        evict();
    }

    /** Bytes held by complete entries. */
    public synchronized long size() {
        return entries.values().stream().mapToLong(CacheEntry::length).sum();
    }

    public synchronized Set<CacheKey> keys() {
        return Set.copyOf(entries.keySet());
    }

    private void evict() {
        long size = size();
        if (size <= maxBytes) {
            return;
        }
        List<CacheEntry> lru = new ArrayList<>(entries.values());
        lru.sort(Comparator.comparingLong(CacheEntry::lastUsedMillis).thenComparing(e -> e.key().stem()));
        for (CacheEntry e : lru) {
            if (size <= maxBytes) {
                break;
            }
            if (!e.pinned()) {
                size -= e.length();
                drop(e.key());
            }
        }
    }

    private synchronized void drop(CacheKey key) {
        entries.remove(key);
        try {
            Files.deleteIfExists(file(key, ".meta"));
            Files.deleteIfExists(file(key, ".ogg"));
        } catch (IOException e) {
            LOG.warn("cannot delete cached {}: {}", key, e.getMessage());
        }
    }

    private void save(CacheEntry entry) {
        Path meta = file(entry.key(), ".meta");
        Path tmp = file(entry.key(), ".meta.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                entry.write(out);
            }
            Files.move(tmp, meta, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            entries.put(entry.key(), entry);
        } catch (IOException e) {
            LOG.warn("cannot record cached {}: {}", entry.key(), e.getMessage());
        }
    }

    private void load() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.meta")) {
            for (Path meta : files) {
                String name = meta.getFileName().toString();
                Optional<CacheKey> key = CacheKey.fromStem(name.substring(0, name.length() - ".meta".length()));
                if (key.isEmpty()) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(meta)) {
                    CacheEntry e = CacheEntry.read(key.get(), in);
                    if (Files.isRegularFile(file(key.get(), ".ogg"))) {
                        entries.put(key.get(), e);
                        continue;
                    }
                } catch (IOException | IllegalArgumentException e) {
                    LOG.warn("dropping unreadable cache entry {}: {}", name, e.getMessage());
                }
                drop(key.get());
            }
        }
    }

    private Path file(CacheKey key, String suffix) {
        return dir.resolve(key.stem() + suffix);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return CacheEntry.hex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }
}
