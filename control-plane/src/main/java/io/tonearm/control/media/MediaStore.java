package io.tonearm.control.media;

import io.tonearm.control.ControlProperties;
import io.tonearm.control.catalog.Quality;
import io.tonearm.control.catalog.TrackId;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The local audio file store: {@code <data-dir>/media/{track-id}/{kbps}.ogg}. Paths are built only
 * from a validated {@link TrackId} and a {@link Quality}, and checked to stay under the root, so no
 * client input can name another file. Blocking file I/O.
 */
@Singleton
public class MediaStore {

    private final Path root;

    public MediaStore(ControlProperties properties) {
        this.root = properties.mediaDir().toAbsolutePath().normalize();
    }

    /** Where a track's file of one quality lives (whether or not it exists). */
    public Path pathOf(TrackId trackId, Quality quality) {
        Path path = root.resolve(trackId.value()).resolve(quality.kbps() + ".ogg").normalize();
        if (!path.startsWith(root)) {
            throw new IllegalStateException("media path escapes the store: " + trackId);
        }
        return path;
    }

    /**
     * Copies {@code source} into the store, checking its size and SHA-256 on the way; the stored file
     * is replaced atomically only when both match.
     *
     * @throws MediaImportException naming {@code source} when it is missing, unreadable or differs
     */
    public void put(TrackId trackId, Quality quality, Path source, long expectedBytes, String expectedSha256) {
        if (!Files.isRegularFile(source)) {
            throw new MediaImportException("Audio file not found: " + source);
        }
        Path target = pathOf(trackId, quality);
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long copied;
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                copied = in.transferTo(out);
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (copied != expectedBytes) {
                throw new MediaImportException("Audio file " + source + " has " + copied + " bytes, manifest says "
                        + expectedBytes);
            }
            if (!actual.equals(expectedSha256)) {
                throw new MediaImportException("Audio file " + source + " does not match its sha256 in the manifest");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MediaImportException("Cannot copy audio file " + source + " into " + target + ": " + e, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a stale .part file is harmless and overwritten by the next import
        }
    }
}
