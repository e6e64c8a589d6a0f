package io.tonearm.agent.dist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without its signature (decision §40): the signature block files
 * ({@code META-INF/*.SF}, {@code .RSA}, {@code .DSA}, {@code .EC}, {@code SIG-*}) and the manifest's
 * per-entry digests. A signed jar on the class path makes the JVM parse certificates and hash
 * every class it loads from it, which costs a small device megabytes of resident memory; the
 * distribution's own archive and the Debian package are what a device should trust.
 * Entry order, names, times and contents are otherwise kept.
 */
final class UnsignedJar {
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/([^/]+\\.(SF|RSA|DSA|EC)|SIG-[^/]*)");

    private UnsignedJar() {
    }

    /** Whether {@code jar} carries a signature block. */
    static boolean isSigned(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> isSignatureFile(e.getName()));
        }
    }

    static boolean isSignatureFile(String name) {
        return SIGNATURE.matcher(name.toUpperCase(Locale.ROOT)).matches();
    }

    /** Writes {@code source} without its signature to {@code target}. */
    static void copy(Path source, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile()); OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            Iterator<? extends ZipEntry> entries = zip.entries().asIterator();
            while (entries.hasNext()) {
                ZipEntry e = entries.next();
                if (isSignatureFile(e.getName())) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(e)) {
                    if (JarFile.MANIFEST_NAME.equalsIgnoreCase(e.getName())) {
                        out.write(withoutDigests(in));
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    /** The manifest with every per-entry digest attribute removed, and entries left empty dropped. */
    static byte[] withoutDigests(InputStream in) throws IOException {
        Manifest m = new Manifest(in);
        Iterator<Map.Entry<String, Attributes>> it = m.getEntries().entrySet().iterator();
        while (it.hasNext()) {
            Attributes a = it.next().getValue();
            a.keySet().removeIf(k -> k.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
            if (a.isEmpty()) {
                it.remove();
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(bytes);
        return bytes.toByteArray();
    }
}
