package io.tonearm.control.ingest;

import io.tonearm.control.ControlProperties;
import io.micronaut.context.annotation.Context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bearer token that authorises {@code POST /v1/ingest}: {@code tonearm.control.ingest.token}
 * when configured, else 256 random bits generated once into {@code <data-dir>/control/ingest-token}
 * (owner read/write only). Compared in constant time. This is an operator credential until the
 * control plane has user accounts; then uploads move to an admin scope. Created when the control
 * plane starts ({@link Context}), so the token file exists as soon as the service is up and an
 * operator can read it before the first upload.
 */
@Context
public class IngestToken {

    private final byte[] token;

    IngestToken(IngestProperties ingest, ControlProperties control) {
        String configured = ingest.token();
        this.token = (configured != null ? configured : loadOrCreate(control.controlDir().resolve("ingest-token")))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Whether an {@code Authorization} header value carries the token. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8));
    }

    private static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (text.length() < 32) {
                    throw new IllegalStateException("Ingest token file " + file + " is corrupt; delete it to make a new one");
                }
                return text;
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String text = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temp);
            }
            Files.writeString(temp, text + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the ingest token file " + file + ": " + e, e);
        }
    }
}
