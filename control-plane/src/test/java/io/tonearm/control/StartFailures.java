package io.tonearm.control;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts a control plane that is expected to fail and returns the whole cause chain's messages. */
public final class StartFailures {

    private StartFailures() {
    }

    public static String messagesOf(Map<String, Object> properties) {
        StringBuilder messages = new StringBuilder();
        assertThatThrownBy(() -> RunningControlPlane.start(properties).close()).satisfies(thrown -> {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
        });
        return messages.toString();
    }
}
