package io.tonearm.sim.services;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Tonearm service (control plane or hub) running as a child JVM from its module's build
 * output, the way it runs in production: its own process, its own classpath, its log in a file.
 */
public final class ServiceProcess implements AutoCloseable {
    static final int LOG_TAIL_LINES = 40;
    private final String name;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code mainClass} from {@code moduleDir}'s target/classes and target/classpath.txt
     * with {@code properties} as system properties, logging to {@code log}.
     */
    public static ServiceProcess start(String name, Path moduleDir, String mainClass, Map<String, String> properties, Path log)
            throws IOException {
        Path cpFile = moduleDir.resolve("target/classpath.txt");
        Path classes = moduleDir.resolve("target/classes");
        if (!Files.exists(cpFile) || !Files.isDirectory(classes)) {
            throw new IOException(name + " is not built: " + cpFile + " is missing (run mvn package)");
        }
        String classpath = classes + java.io.File.pathSeparator + Files.readString(cpFile).trim();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ServiceProcess(name, p, log);
    }

    /** Waits until {@code healthUrl} answers 200, or fails naming the log to read. */
    public void awaitHealthy(URI healthUrl, Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + "; see " + log + logTail());
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(1)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IOException(name + " did not become healthy within " + timeout.toSeconds() + " s; see " + log + logTail());
    }

    /** The last lines of the log, so a failure to start explains itself where it is reported (a test's or CI's output). */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return tail.isEmpty() ? " (the log is empty)" : "; its last " + tail.size() + " lines:\n" + String.join("\n", tail);
        } catch (IOException | java.io.UncheckedIOException e) {
            return " (its log cannot be read: " + e + ")";
        }
    }

    public String name() {
        return name;
    }

    /** The child's process id, for reading its CPU and memory (see {@code ProcessGauge}). */
    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Stops the service as a Ctrl-C would (SIGTERM, so shutdown hooks run), then forcibly. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
