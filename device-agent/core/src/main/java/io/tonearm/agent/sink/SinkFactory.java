package io.tonearm.agent.sink;

import io.tonearm.agent.time.TimeSource;
import java.util.Optional;

/**
 * SPI: makes an {@link AudioSink} that needs a library or a device (the core's own null, pipe and
 * wav sinks need none). Adapters register an implementation in
 * {@code META-INF/services/io.tonearm.agent.sink.SinkFactory}.
 */
public interface SinkFactory {
    /** The sink as profiles and {@code --sink} name it: {@code "alsa"}. */
    String sink();

    /** The module that provides it, e.g. {@code agent-sink-javasound}. */
    String module();

    /**
     * A sink on the output whose name contains {@code device} (empty: the default output), with a
     * buffer of {@code bufferMs}. Opens nothing until the first format arrives.
     */
    AudioSink create(Optional<String> device, int bufferMs, TimeSource time);

    /**
     * The output's own volume control (a hardware mixer) for {@code device}, when the adapter can
     * reach one; empty means the player scales samples instead.
     */
    default Optional<HardwareVolume> hardwareVolume(Optional<String> device) {
        return Optional.empty();
    }
}
