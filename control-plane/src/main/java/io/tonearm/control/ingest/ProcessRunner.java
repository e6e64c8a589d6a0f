package io.tonearm.control.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external tool to completion with a deadline: standard input is empty, standard output
 * goes to a file (or is collected, up to 1 MiB, when no file is given), and the last 2 KiB of
 * standard error are kept for the log. A run that outlives the deadline is killed (with its
 * children) and reported as {@link ToolFailedException}, as is a non-zero exit. Blocking.
 */
final class ProcessRunner {

    private static final int MAX_STDOUT = 1 << 20;
    private static final int STDERR_TAIL = 2048;

    private ProcessRunner() {
    }

    /** The tool's standard output (empty when it went to {@code stdoutFile}). */
    static byte[] run(List<String> command, Duration timeout, Path stdoutFile) {
        String tool = Path.of(command.get(0)).getFileName().toString();
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        if (stdoutFile != null) {
            builder.redirectOutput(stdoutFile.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ToolFailedException(tool + " could not be started: " + e.getMessage(), e);
        }
        StreamTail stderr = new StreamTail(process.getErrorStream(), STDERR_TAIL, tool + "-stderr");
        StreamTail stdout = stdoutFile == null ? new StreamTail(process.getInputStream(), MAX_STDOUT, tool + "-stdout")
                : null;
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new ToolFailedException(tool + " did not finish within " + timeout.toSeconds() + " s and was stopped", true);
            }
            stderr.join();
            if (stdout != null) {
                stdout.join();
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ToolFailedException(tool + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new ToolFailedException(tool + " failed (exit " + process.exitValue() + "): " + stderr.text().strip(), false);
        }
        if (stdout != null && stdout.overflowed()) {
            throw new ToolFailedException(tool + " wrote more than " + MAX_STDOUT + " bytes of output", false);
        }
        return stdout == null ? new byte[0] : stdout.bytes();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Drains a stream on its own thread, keeping the first {@code limit} bytes (stdout) or the last (stderr). */
    private static final class StreamTail extends Thread {

        private final InputStream in;
        private final int limit;
        private final byte[] buffer;
        private int length;
        private boolean overflowed;

        StreamTail(InputStream in, int limit, String name) {
            super(name);
            this.in = in;
            this.limit = limit;
            this.buffer = new byte[limit];
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            byte[] chunk = new byte[8192];
            try {
                for (int n; (n = in.read(chunk)) > 0; ) {
                    synchronized (this) {
                        if (length + n > limit) {
                            overflowed = true;
                            int keep = Math.max(0, limit - n);
                            System.arraycopy(buffer, length - Math.min(length, keep), buffer, 0, Math.min(length, keep));
                            length = Math.min(length, keep);
                        }
                        int copy = Math.min(n, limit - length);
                        System.arraycopy(chunk, n - copy, buffer, length, copy);
                        length += copy;
                    }
                }
            } catch (IOException ignored) {
                // the process ended or was killed; what was read is kept
            }
        }

        synchronized byte[] bytes() {
            return java.util.Arrays.copyOf(buffer, length);
        }

        synchronized boolean overflowed() {
            return overflowed;
        }

        String text() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }
    }
}
