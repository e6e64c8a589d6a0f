package io.tonearm.agent.controls;

/** Told when the agent's {@link AgentStatus} changes. Called on the session thread; must not block or throw. */
public interface StatusListener {
    void onStatus(AgentStatus status);
}
