package io.tonearm.agent.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Small file-tree helpers: delete, copy, size, and normalise permissions and times for reproducible archives. */
final class FileTree {
    private FileTree() {
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    static long size(Path root) throws IOException {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    /**
     * Directories and executables 0755 (files under a {@code bin} directory, and {@code executables}),
     * everything else 0644; every time set to {@code epochSeconds}.
     */
    static void normalise(Path root, long epochSeconds, List<Path> executables) throws IOException {
        FileTime t = FileTime.fromMillis(epochSeconds * 1000);
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                boolean exec = Files.isDirectory(p) || p.getParent().getFileName().toString().equals("bin")
                        || executables.contains(p) || (Files.isExecutable(p) && p.toString().contains("/lib/jspawnhelper"));
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
                Files.setLastModifiedTime(p, t);
            }
        }
    }
}
