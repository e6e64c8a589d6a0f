package io.tonearm.hub.device;

import io.tonearm.hub.NamedThreads;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands state reports to the {@link DeviceReportListener}s on their own thread
 * ("hub-device-reports"), so the thread that delivers device messages (the MQTT client's one
 * callback thread, which also delivers every ack) never waits for them: the session follower reads
 * and writes the session store, which request threads hold while they reserve versions.
 *
 * <p>Per device, only the newest report not yet handed over is kept (a newer one replaces it), so
 * the backlog is at most one report per device and listeners see each device's reports in order.
 * Thread-safe; {@link #offer} never blocks.
 */
final class ReportRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReportRelay.class);

    private record Report(Device device, Device.Reported reported) {
    }

    private final List<DeviceReportListener> listeners;
    private final Map<String, Report> latest = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<String> due = new LinkedBlockingQueue<>();
    private final ExecutorService thread;

    ReportRelay(List<DeviceReportListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.thread = this.listeners.isEmpty() ? null
                : Executors.newSingleThreadExecutor(new NamedThreads("hub-device-reports"));
    }

    /** Queues {@code reported} for the listeners, replacing an older report of the device still queued. */
    void offer(Device device, Device.Reported reported) {
        if (thread == null) {
            return;
        }
        if (latest.put(device.id(), new Report(device, reported)) == null) {
            due.add(device.id());
            try {
                thread.execute(this::relayOne);
            } catch (RejectedExecutionException e) {
                log.debug("State report of {} after shutdown not relayed", device.id());
            }
        }
    }

    private void relayOne() {
        String id = due.poll();
        Report r = id == null ? null : latest.remove(id);
        if (r == null) {
            return;
        }
        for (DeviceReportListener listener : listeners) {
            try {
                listener.stateReported(r.device(), r.reported());
            } catch (RuntimeException e) {
                log.warn("A state report listener failed for {}: {}", id, e.toString());
            }
        }
    }

    /** Relays what is queued (up to 5 s), then stops. */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
