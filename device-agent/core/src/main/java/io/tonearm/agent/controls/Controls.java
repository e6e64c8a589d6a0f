package io.tonearm.agent.controls;

/**
 * Running hardware controls: they drive a {@link LocalControls} and show the {@link AgentStatus}
 * they are told. {@link #close()} releases the pins and threads and never throws.
 */
public interface Controls extends StatusListener, AutoCloseable {
    @Override
    void close();
}
