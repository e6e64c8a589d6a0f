package io.tonearm.agent.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HexFormat;
import java.util.Properties;

/**
 * What the cache knows of a complete file, kept beside it as {@code STEM.meta} (a properties file):
 * its length and SHA-256, when it was last played (for LRU), whether a playlist pins it, and the
 * loudness gain and duration its ticket carried, so it can play with the control plane unreachable.
 */
public record CacheEntry(CacheKey key, long length, String sha256, long lastUsedMillis, boolean pinned, double gainDb,
                  long durationMs) {
    public CacheEntry {
        if (key == null || length <= 0 || sha256 == null || !sha256.matches("[0-9a-f]{64}") || lastUsedMillis < 0
                || !Double.isFinite(gainDb) || durationMs < 0) {
            throw new IllegalArgumentException("inconsistent cache entry for " + key);
        }
    }

    CacheEntry used(long nowMillis) {
        return new CacheEntry(key, length, sha256, Math.max(lastUsedMillis, nowMillis), pinned, gainDb, durationMs);
    }

    CacheEntry pinned(boolean value) {
        return new CacheEntry(key, length, sha256, lastUsedMillis, value, gainDb, durationMs);
    }

    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("length", Long.toString(length));
        p.setProperty("sha256", sha256);
        p.setProperty("last-used", Long.toString(lastUsedMillis));
        p.setProperty("pinned", Boolean.toString(pinned));
        p.setProperty("gain-db", Double.toString(gainDb));
        p.setProperty("duration-ms", Long.toString(durationMs));
        p.store(out, "tonearm offline cache entry");
    }

    /** @throws IllegalArgumentException if the file is not a valid entry (it is then dropped) */
    static CacheEntry read(CacheKey key, InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.BufferedInputStream(in) {
            private int total;

            @Override
            public synchronized int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                total += Math.max(n, 0);
                if (total > 4096) {
                    throw new IOException("a cache entry is a few lines, not " + total + " bytes");
                }
                return n;
            }
        });
        try {
            return new CacheEntry(key, Long.parseLong(req(p, "length")), req(p, "sha256"), Long.parseLong(req(p, "last-used")),
                    Boolean.parseBoolean(req(p, "pinned")), Double.parseDouble(req(p, "gain-db")),
                    Long.parseLong(req(p, "duration-ms")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a number in the entry of " + key + " is malformed");
        }
    }

    private static String req(Properties p, String name) {
        String v = p.getProperty(name);
        if (v == null) {
            throw new IllegalArgumentException("the entry lacks " + name);
        }
        return v.trim();
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
