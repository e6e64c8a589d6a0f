package io.tonearm.agent.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A stripped Java runtime with only the JDK modules the chosen jars use: {@code jdeps
 * --print-module-deps} over the jars, then {@code jlink --strip-debug --no-header-files
 * --no-man-pages --compress=2}. Built for the machine that builds it (same OS and CPU).
 */
final class JlinkRuntime {
    /**
     * Service providers jdeps cannot see: elliptic-curve TLS for https control planes, and the
     * random generators behind {@code RandomGenerator.getDefault()} (the MQTT reconnect jitter).
     */
    static final List<String> ALWAYS = List.of("jdk.crypto.ec", "jdk.random");

    private JlinkRuntime() {
    }

    static void build(Path lib, Path runtime) throws IOException, InterruptedException {
        List<String> jars = new ArrayList<>();
        try (Stream<Path> s = Files.list(lib)) {
            s.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> jars.add(p.toString()));
        }
        List<String> jdeps = new ArrayList<>(List.of(Tools.jdkTool("jdeps"), "--ignore-missing-deps", "--print-module-deps",
                "--multi-release", "17"));
        jdeps.addAll(jars);
        TreeSet<String> modules = new TreeSet<>(ALWAYS);
        String[] lines = Tools.run(jdeps).strip().split("\n");
        for (String m : lines[lines.length - 1].split(",")) { // the last line; warnings come before it
            if (!m.matches("[a-z][a-z0-9.]*")) {
                throw new IOException("jdeps printed no module list: " + String.join(" ", lines));
            }
            modules.add(m);
        }
        FileTree.delete(runtime);
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jmods)) {
            throw new IOException("jlink needs the JDK's jmods, not found in " + jmods + " (Debian: apt-get install openjdk-17-jmods)");
        }
        Tools.run(List.of(Tools.jdkTool("jlink"), "--module-path", jmods.toString(), "--add-modules", String.join(",", modules), "--strip-debug",
                "--no-header-files", "--no-man-pages", "--compress=2", "--output", runtime.toString()));
    }
}
