package io.tonearm.agent.transport.coap;

import io.tonearm.agent.session.CommandEnvelope;
import io.tonearm.agent.transport.HubListener;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records what the transport delivers, for tests to take in order with a timeout. */
final class RecordingListener implements HubListener {

    record Malformed(String commandId, String reason) {
    }

    final BlockingQueue<CommandEnvelope> commands = new LinkedBlockingQueue<>();
    final BlockingQueue<Malformed> malformed = new LinkedBlockingQueue<>();
    final BlockingQueue<Boolean> connection = new LinkedBlockingQueue<>();

    @Override
    public void onCommand(CommandEnvelope command) {
        commands.add(command);
    }

    @Override
    public void onMalformedCommand(String commandId, String reason) {
        malformed.add(new Malformed(commandId, reason));
    }

    @Override
    public void onConnectionChanged(boolean connected) {
        connection.add(connected);
    }

    static <T> T next(BlockingQueue<T> queue, Duration timeout) throws InterruptedException {
        T value = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (value == null) {
            throw new AssertionError("nothing arrived within " + timeout);
        }
        return value;
    }
}
