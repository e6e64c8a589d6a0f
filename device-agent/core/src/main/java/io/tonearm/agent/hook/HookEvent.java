package io.tonearm.agent.hook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One run of the event program: {@code PLAYER_EVENT} and the variables that go with it, as
 * librespot's {@code --onevent} passes them. The variables are listed in README.md, "Event hook".
 */
public record HookEvent(String name, Map<String, String> variables) {
    public HookEvent {
        Objects.requireNonNull(name, "name");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PLAYER_EVENT", name);
        variables.forEach((k, v) -> env.put(k, Objects.requireNonNull(v, k)));
        variables = Map.copyOf(env);
    }
}
