package io.tonearm.agent.session;

/** What kind of product the agent runs in. */
public enum DeviceType {
    SPEAKER, CAR, TV, COMPUTER, BOARD
}
