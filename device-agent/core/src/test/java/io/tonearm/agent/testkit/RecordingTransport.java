package io.tonearm.agent.testkit;

import io.tonearm.agent.session.CommandAck;
import io.tonearm.agent.session.DeviceEvent;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.transport.HubListener;
import io.tonearm.agent.transport.HubTransport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A scripted hub: hands commands to the agent and records everything the agent publishes. */
public final class RecordingTransport implements HubTransport {
    public final List<PlaybackState> states = new CopyOnWriteArrayList<>();
    public final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    public final List<CommandAck> acks = new CopyOnWriteArrayList<>();
    private volatile HubListener listener;

    @Override
    public void start(DeviceIdentity identity, HubListener l) {
        this.listener = l;
    }

    public HubListener agent() {
        return listener;
    }

    @Override
    public void publishState(PlaybackState state) {
        states.add(state);
    }

    @Override
    public void publishEvent(DeviceEvent event) {
        events.add(event);
    }

    @Override
    public void publishAck(CommandAck ack) {
        acks.add(ack);
    }

    @Override
    public void close() {
    }

    public CommandAck awaitAck(String commandId) {
        return await(() -> acks.stream().filter(a -> a.commandId().equals(commandId)).reduce((a, b) -> b).orElse(null));
    }

    public DeviceEvent awaitEvent(Predicate<DeviceEvent> match) {
        return await(() -> events.stream().filter(match).findFirst().orElse(null));
    }

    public PlaybackState awaitState(Predicate<PlaybackState> match) {
        return await(() -> states.stream().filter(match).findFirst().orElse(null));
    }

    public static <T> T await(java.util.function.Supplier<T> probe) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            T t = probe.get();
            if (t != null) {
                return t;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("condition not reached within 10 s");
    }
}
