package io.tonearm.control;

import io.micronaut.runtime.Micronaut;

/** Starts the control plane: catalog, signed stream URLs and the audio itself (HTTP, port 8080). */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
