package io.tonearm.agent.controls;

import io.tonearm.agent.session.PlaybackStatus;

/** What a status LED shows: the link to the hub first, then playback. */
public enum AgentStatus {
    CONNECTING, IDLE, PLAYING, PAUSED, ERROR;

    /** The status of an agent whose hub link is {@code connected} and whose playback is {@code playback}. */
    public static AgentStatus of(boolean connected, PlaybackStatus playback) {
        if (!connected) {
            return CONNECTING;
        }
        switch (playback) {
            case LOADING:
            case PLAYING:
                return PLAYING;
            case PAUSED:
                return PAUSED;
            case ERROR:
                return ERROR;
            case IDLE:
            case STOPPED:
                return IDLE;
            default:
                throw new AssertionError("unhandled playback status " + playback);
        }
    }
}
