package io.tonearm.agent.hook;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a program once per {@link HookEvent}, with the event in its environment, on a dedicated
 * thread ("tonearm-onevent"), one run at a time in order. {@link #offer} never blocks: when
 * {@value #QUEUE_CAPACITY} events wait already, the new one is dropped with a log line. A run that
 * exceeds the timeout is killed (with its descendants). The program gets no stdin; its stdout and
 * stderr go to the agent's stderr (stdout may carry audio, see the pipe sink). The program is run
 * directly, never through a shell.
 */
public final class EventHook implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventHook.class);
    static final int QUEUE_CAPACITY = 32;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Path program;
    private final Duration timeout;
    private final BlockingQueue<HookEvent> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread thread;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong runs = new AtomicLong();
    private volatile boolean closed;

    public EventHook(Path program, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("hook timeout must be positive");
        }
        this.program = program;
        this.timeout = timeout;
        this.thread = new Thread(this::run, "tonearm-onevent");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues {@code event}; returns false (and logs) if the queue was full or the hook closed. */
    public boolean offer(HookEvent event) {
        if (closed) {
            return false;
        }
        if (queue.offer(event)) {
            return true;
        }
        LOG.warn("event hook busy: dropped {} ({} dropped so far)", event.name(), dropped.incrementAndGet());
        return false;
    }

    /** Events dropped because the queue was full. */
    public long dropped() {
        return dropped.get();
    }

    /** Runs finished (successfully or not). */
    public long runs() {
        return runs.get();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private void run() {
        while (!closed) {
            HookEvent event;
            try {
                event = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                runOnce(event);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("event hook {} failed for {}: {}", program, event.name(), e.getMessage());
            } finally {
                runs.incrementAndGet();
            }
        }
    }

    private void runOnce(HookEvent event) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(program.toString());
        pb.environment().putAll(event.variables());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        File stderr = new File("/dev/stderr");
        ProcessBuilder.Redirect out = stderr.exists() ? ProcessBuilder.Redirect.appendTo(stderr) : ProcessBuilder.Redirect.DISCARD;
        pb.redirectOutput(out);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("event hook {} took longer than {} ms for {}; killed", program, timeout.toMillis(), event.name());
                kill(p);
                p.waitFor(1, TimeUnit.SECONDS);
            } else if (p.exitValue() != 0) {
                LOG.warn("event hook {} exited with {} for {}", program, p.exitValue(), event.name());
            }
        } catch (InterruptedException e) {
            kill(p);
            throw e;
        }
    }

    /** Kills the program first (so a shell cannot carry on), then the children it had started. */
    private static void kill(Process p) {
        java.util.List<ProcessHandle> children = p.descendants().collect(java.util.stream.Collectors.toList());
        p.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
