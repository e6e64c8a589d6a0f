package io.tonearm.hub.broker;

import io.tonearm.hub.NamedThreads;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded broker's silent drops loud. HiveMQ discards a message when a client's queue is
 * full (or the client is not writable for too long) and only counts it in its metric
 * {@value #METRIC}; this watch reads that counter once a second on its own thread
 * ("hub-broker-watch") and logs a WARN with how many were dropped since the last look. A drop of a
 * hello or state means a device the hub does not know about, so it must never pass unnoticed.
 */
final class DroppedMessagesWatch implements AutoCloseable {

    /** HiveMQ CE's counter of messages it dropped ({@code HiveMQMetrics.DROPPED_MESSAGE_COUNT}). */
    static final String METRIC = "com.hivemq.messages.dropped.count";
    private static final Logger log = LoggerFactory.getLogger(DroppedMessagesWatch.class);

    private final LongSupplier dropped;
    private final long maxQueued;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(new NamedThreads("hub-broker-watch"));
    private final long initial;
    private long seen;

    DroppedMessagesWatch(LongSupplier dropped, long maxQueued) {
        this.dropped = dropped;
        this.maxQueued = maxQueued;
        this.initial = dropped.getAsLong();
        this.seen = initial;
    }

    /** Dropped since this watch was made. */
    long total() {
        return Math.max(0, dropped.getAsLong() - initial);
    }

    void start() {
        timer.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    /** Reads the counter; logs and returns how many messages were dropped since the last call. */
    synchronized long check() {
        long now = dropped.getAsLong();
        long delta = now - seen;
        seen = now;
        if (delta > 0) {
            log.warn("The embedded MQTT broker dropped {} message(s) in the last second ({} in all): a client's "
                    + "queue was full (tonearm.hub.mqtt.max-queued-messages = {}) or it could not keep up", delta,
                    now, maxQueued);
        }
        return Math.max(delta, 0);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        check();
    }
}
