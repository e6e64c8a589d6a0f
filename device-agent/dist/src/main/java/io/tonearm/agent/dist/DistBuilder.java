package io.tonearm.agent.dist;

import io.tonearm.profiles.Profile;
import io.tonearm.profiles.ProfileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds one profile's distribution in {@code out}: the directory {@code tonearm-agent-NAME/}
 * ({@code bin/tonearm-agent}, {@code lib/} with only the jars the profile needs, signatures stripped,
 * {@code etc/tonearm/agent.env} and {@code profile.yaml}, {@code systemd/tonearm-agent.service},
 * and with jlink {@code runtime/}), its reproducible {@code .tar.gz}, and optionally a
 * {@code .deb} that installs it under {@value DistFiles#PREFIX} as a service.
 */
public final class DistBuilder {
    static final String AGENT_VERSION = "0.1.0";

    /**
     * What to build. {@code classPath}: the agent app's runtime jars (its {@code classpath.txt});
     * {@code epochSeconds}: the time stamped on every file, for reproducible archives.
     */
    public record Options(Profile profile, List<Path> classPath, Path out, boolean jlink, boolean deb, long epochSeconds) {
        public Options {
            Objects.requireNonNull(profile, "profile");
            classPath = List.copyOf(classPath);
            Objects.requireNonNull(out, "out");
        }
    }

    /** What was built, with sizes in bytes (0 for what was not built). */
    public record Result(String profile, Path dir, Path tarGz, Optional<Path> deb, List<JarSelection.Choice> jars,
                         long dirBytes, long libBytes, long runtimeBytes, long tarGzBytes, long debBytes) {
        public List<String> includedJars() {
            return jars.stream().filter(JarSelection.Choice::included).map(c -> c.jar().getFileName().toString()).toList();
        }
    }

    private DistBuilder() {
    }

    public static Result build(Options o) throws IOException, InterruptedException {
        Profile p = o.profile();
        String base = "tonearm-agent-" + p.name();
        Files.createDirectories(o.out());
        Path dir = o.out().resolve(base);
        FileTree.delete(dir);
        List<JarSelection.Choice> jars = JarSelection.choose(p, o.classPath());
        Path lib = Files.createDirectories(dir.resolve("lib"));
        for (JarSelection.Choice c : jars) {
            if (c.included()) {
                Path target = lib.resolve(c.jar().getFileName().toString());
                if (UnsignedJar.isSigned(c.jar())) {
                    UnsignedJar.copy(c.jar(), target); // decision §40: signed jars cost memory at load
                } else {
                    Files.copy(c.jar(), target);
                }
            }
        }
        write(dir.resolve("bin/tonearm-agent"), DistFiles.startScript(p));
        write(dir.resolve("etc/tonearm/agent.env"), DistFiles.environment(p));
        write(dir.resolve("etc/tonearm/profile.yaml"), ProfileWriter.yaml(p));
        write(dir.resolve("systemd/" + DistFiles.UNIT), DistFiles.systemdUnit(p, DistFiles.PREFIX + "/bin/tonearm-agent"));
        if (o.jlink()) {
            JlinkRuntime.build(lib, dir.resolve("runtime"));
        }
        FileTree.normalise(dir, o.epochSeconds(), List.of());
        Path tar = o.out().resolve(base + ".tar.gz");
        Files.deleteIfExists(tar);
        Tools.run(List.of("tar", "--sort=name", "--owner=0", "--group=0", "--numeric-owner", "--mtime=@" + o.epochSeconds(),
                "-I", "gzip -9n", "-cf", tar.toString(), "-C", o.out().toString(), base));
        Optional<Path> deb = o.deb() ? Optional.of(DebPackage.build(p, dir, o.out(), o.jlink(), o.epochSeconds())) : Optional.empty();
        return new Result(p.name(), dir, tar, deb, jars, FileTree.size(dir), FileTree.size(lib), FileTree.size(dir.resolve("runtime")),
                Files.size(tar), deb.isPresent() ? Files.size(deb.get()) : 0);
    }

    /** One report line: "smart-speaker: 15 jars 4.1 MB, dir 4.1 MB, tar.gz 3.7 MB, deb 3.6 MB". */
    public static String describe(Result r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.includedJars().size() + " jars " + mb(r.libBytes()));
        if (r.runtimeBytes() > 0) {
            parts.add("jlink runtime " + mb(r.runtimeBytes()));
        }
        parts.add("dir " + mb(r.dirBytes()));
        parts.add("tar.gz " + mb(r.tarGzBytes()));
        r.deb().ifPresent(d -> parts.add("deb " + mb(r.debBytes())));
        String left = r.jars().stream().filter(c -> !c.included()).map(JarSelection.Choice::artifact).collect(Collectors.joining(", "));
        return r.profile() + ": " + String.join(", ", parts) + (left.isEmpty() ? "" : " (left out: " + left + ")");
    }

    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
