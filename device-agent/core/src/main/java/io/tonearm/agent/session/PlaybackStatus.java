package io.tonearm.agent.session;

public enum PlaybackStatus {
    IDLE, LOADING, PLAYING, PAUSED, STOPPED, ERROR
}
