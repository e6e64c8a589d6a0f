package io.tonearm.agent.hook;

import io.tonearm.agent.session.CommandAck;
import io.tonearm.agent.session.DeviceEvent;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.transport.HubListener;
import io.tonearm.agent.transport.HubTransport;
import io.tonearm.agent.transport.TransportException;
import java.util.Optional;

/**
 * A {@link HubTransport} that also hands every device event to an {@link EventHook}: everything
 * the hub hears about, the hook hears about, without the session knowing. A track-started event is
 * held until the state report that follows it, so the hook gets the new track's duration. Never
 * blocks beyond what the wrapped transport does.
 */
public final class HookedTransport implements HubTransport {
    private final HubTransport delegate;
    private final EventHook hook;
    private final EventHookMapper mapper = new EventHookMapper();
    private Optional<PlaybackState> lastState = Optional.empty();
    private DeviceEvent heldStart;

    public HookedTransport(HubTransport delegate, EventHook hook) {
        this.delegate = delegate;
        this.hook = hook;
    }

    @Override
    public void start(DeviceIdentity identity, HubListener listener) throws TransportException {
        delegate.start(identity, listener);
    }

    @Override
    public void publishState(PlaybackState state) {
        synchronized (this) {
            lastState = Optional.of(state);
            releaseHeldStart();
        }
        delegate.publishState(state);
    }

    @Override
    public void publishEvent(DeviceEvent event) {
        synchronized (this) {
            releaseHeldStart();
            if (event.kind() == DeviceEvent.Kind.TRACK_STARTED) {
                heldStart = event;
            } else {
                mapper.map(event, EventHookMapper.durationFor(event, lastState)).forEach(hook::offer);
            }
        }
        delegate.publishEvent(event);
    }

    @Override
    public void publishAck(CommandAck ack) {
        delegate.publishAck(ack);
    }

    @Override
    public void close() {
        synchronized (this) {
            releaseHeldStart();
        }
        delegate.close();
        hook.close();
    }

    private void releaseHeldStart() {
        if (heldStart != null) {
            DeviceEvent e = heldStart;
            heldStart = null;
            mapper.map(e, EventHookMapper.durationFor(e, lastState)).forEach(hook::offer);
        }
    }
}
