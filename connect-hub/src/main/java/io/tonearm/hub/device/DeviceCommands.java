package io.tonearm.hub.device;

import io.tonearm.hub.HubConfig;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command to a device and waits for its ack. Blocks the calling thread for up to the command
 * timeout; call it from a blocking executor, never from an event loop.
 */
@Singleton
public class DeviceCommands {

    private static final Logger log = LoggerFactory.getLogger(DeviceCommands.class);

    private final CommandPublisher publisher;
    private final PendingAcks acks;
    private final Clock clock;
    private final Duration timeout;
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    public DeviceCommands(CommandPublisher publisher, PendingAcks acks, Clock clock, HubConfig config) {
        this.publisher = publisher;
        this.acks = acks;
        this.clock = clock;
        this.timeout = config.commandTimeout();
    }

    /**
     * @throws DeviceTimeoutException  when no ack arrives within the command timeout
     * @throws CommandChannelException when the command could not be handed to the broker
     */
    public CommandAck send(String deviceId, long sessionVersion, DeviceCommand command) {
        long sequence = sequences.computeIfAbsent(deviceId, id -> new AtomicLong()).incrementAndGet();
        CommandEnvelope envelope = new CommandEnvelope(UUID.randomUUID().toString(), sessionVersion, sequence,
                clock.instant(), command);
        CompletableFuture<CommandAck> answer = acks.expect(deviceId, envelope.id());
        long started = System.nanoTime();
        try {
            publisher.publish(deviceId, envelope);
            log.debug("Sent {} to {} (command {}, version {}, sequence {})", command, deviceId, envelope.id(),
                    sessionVersion, sequence);
            CommandAck ack = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            // One line per command at 1,000 commands/s is a log of its own: applied ones only at debug.
            if (ack.outcome() == CommandAck.Outcome.APPLIED ? log.isDebugEnabled() : log.isInfoEnabled()) {
                String line = "Device {} answered command {}: {}{} after {} ms";
                Object[] args = {deviceId, envelope.id(), ack.outcome(), ack.reason().isEmpty() ? "" : " (" + ack.reason() + ")",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)};
                if (ack.outcome() == CommandAck.Outcome.APPLIED) {
                    log.debug(line, args);
                } else {
                    log.info(line, args);
                }
            }
            return ack;
        } catch (TimeoutException e) {
            log.warn("Device {} did not answer command {} within {} ms", deviceId, envelope.id(), timeout.toMillis());
            throw new DeviceTimeoutException(deviceId, envelope.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceTimeoutException(deviceId, envelope.id());
        } catch (ExecutionException e) {
            throw new IllegalStateException("ack future failed", e.getCause());
        } finally {
            acks.forget(envelope.id());
        }
    }

    /** An ack with the hub's clock when its command went out and when the ack came back. */
    public record TimedAck(CommandAck ack, long sentAtMs, long answeredAtMs) {
    }

    /**
     * Sends without blocking; the future completes with the ack (stamped on the thread that
     * received it, so the answer time is not delayed by whoever waits), or fails with
     * {@link DeviceTimeoutException} after {@code timeout} or {@link CommandChannelException}.
     *
     * @param executeAtDeviceMs when the device is to carry the command out, on its clock; 0 for at once
     */
    public CompletableFuture<TimedAck> dispatch(String deviceId, long sessionVersion, DeviceCommand command,
                                                long executeAtDeviceMs, Duration timeout) {
        long sequence = sequences.computeIfAbsent(deviceId, id -> new AtomicLong()).incrementAndGet();
        CommandEnvelope envelope = new CommandEnvelope(UUID.randomUUID().toString(), sessionVersion, sequence,
                clock.instant(), executeAtDeviceMs, command);
        CompletableFuture<CommandAck> answer = acks.expect(deviceId, envelope.id());
        long sentAt = clock.millis();
        CompletableFuture<TimedAck> timed = answer.thenApply(a -> new TimedAck(a, sentAt, clock.millis()));
        try {
            publisher.publish(deviceId, envelope);
        } catch (CommandChannelException e) {
            acks.forget(envelope.id());
            return CompletableFuture.failedFuture(e);
        }
        log.debug("Dispatched {} to {} (command {}, version {}, execute at {})", command, deviceId, envelope.id(),
                sessionVersion, executeAtDeviceMs);
        return timed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(e -> {
                    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                    return CompletableFuture.failedFuture(cause instanceof TimeoutException
                            ? new DeviceTimeoutException(deviceId, envelope.id()) : cause);
                })
                .whenComplete((a, e) -> acks.forget(envelope.id()));
    }
}
