package io.tonearm.agent.dist;

import io.tonearm.profiles.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Debian package of a distribution, built with Debian's own {@code dpkg-deb}: the agent in
 * {@value DistFiles#PREFIX}, its configuration (conffiles) in {@value DistFiles#CONF}, the unit in
 * {@code /lib/systemd/system}, enabled and started on install.
 */
final class DebPackage {
    private DebPackage() {
    }

    static Path build(Profile p, Path dist, Path out, boolean bundledRuntime, long epochSeconds)
            throws IOException, InterruptedException {
        if (!Tools.onPath("dpkg-deb")) {
            throw new IOException("dpkg-deb is not installed (Debian: apt-get install dpkg); build without --deb");
        }
        String arch = bundledRuntime ? Tools.run(List.of("dpkg", "--print-architecture")).strip() : "all";
        Path stage = out.resolve(".deb-" + p.name());
        FileTree.delete(stage);
        Path prefix = Files.createDirectories(stage.resolve(DistFiles.PREFIX.substring(1)));
        for (String part : List.of("bin", "lib", "runtime")) {
            if (Files.exists(dist.resolve(part))) {
                FileTree.copy(dist.resolve(part), prefix.resolve(part));
            }
        }
        FileTree.copy(dist.resolve("etc/tonearm"), stage.resolve(DistFiles.CONF.substring(1)));
        Path units = Files.createDirectories(stage.resolve("lib/systemd/system"));
        Files.copy(dist.resolve("systemd/" + DistFiles.UNIT), units.resolve(DistFiles.UNIT));
        Path debian = Files.createDirectories(stage.resolve("DEBIAN"));
        long kb = (FileTree.size(stage) + 1023) / 1024;
        write(debian.resolve("control"), DistFiles.debControl(p, DistBuilder.AGENT_VERSION, arch, kb, bundledRuntime));
        write(debian.resolve("conffiles"), String.join("\n", DistFiles.CONFFILES) + "\n");
        write(debian.resolve("postinst"), DistFiles.POSTINST);
        write(debian.resolve("prerm"), DistFiles.PRERM);
        write(debian.resolve("postrm"), DistFiles.POSTRM);
        FileTree.normalise(stage, epochSeconds, List.of(debian.resolve("postinst"), debian.resolve("prerm"), debian.resolve("postrm")));
        Path deb = out.resolve("tonearm-agent-" + p.name() + "_" + DistBuilder.AGENT_VERSION + "_" + arch + ".deb");
        Files.deleteIfExists(deb);
        Tools.run(List.of("dpkg-deb", "--root-owner-group", "-Zxz", "--build", stage.toString(), deb.toString()));
        FileTree.delete(stage);
        return deb;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
