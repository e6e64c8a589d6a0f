package io.tonearm.hub;

import io.micronaut.runtime.Micronaut;

/** Starts the connect hub: HTTP on 8081, the embedded MQTT broker unless told to use an external one. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
