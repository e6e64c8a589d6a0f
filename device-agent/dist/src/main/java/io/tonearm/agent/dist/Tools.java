package io.tonearm.agent.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the JDK's and Debian's command-line tools (jdeps, jlink, tar, dpkg-deb) as child processes. */
final class Tools {
    private static final long TIMEOUT_MINUTES = 10;

    private Tools() {
    }

    /**
     * Runs {@code command} and returns its standard output.
     *
     * @throws IOException if it cannot start, times out or exits non-zero (with its error output)
     */
    static String run(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("tonearm-dist", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            if (p.exitValue() != 0) {
                String why = Files.readString(err, StandardCharsets.UTF_8).strip();
                throw new IOException(command.get(0) + " failed (exit " + p.exitValue() + "): "
                        + lastLines(why.isEmpty() ? new String(out, StandardCharsets.UTF_8).strip() : why));
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** The end of a tool's output, on one line: where the reason usually is. */
    static String lastLines(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 400 ? oneLine : "…" + oneLine.substring(oneLine.length() - 400);
    }

    /** Whether {@code program} is on the PATH. */
    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** A tool of the JDK this runs on ({@code jlink}, {@code jdeps}). */
    static String jdkTool(String name) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.isExecutable(tool) ? tool.toString() : name;
    }
}
