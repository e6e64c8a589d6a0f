package io.tonearm.agent.sink.javasound;

import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.HardwareVolume;
import io.tonearm.agent.sink.SinkFactory;
import io.tonearm.agent.time.TimeSource;
import java.util.Optional;

/** Registers the javax.sound (ALSA on Linux) sink as {@code alsa}. */
public final class JavaSoundSinkFactory implements SinkFactory {
    @Override
    public String sink() {
        return "alsa";
    }

    @Override
    public String module() {
        return "agent-sink-javasound";
    }

    @Override
    public AudioSink create(Optional<String> device, int bufferMs, TimeSource time) {
        return new JavaSoundSink(device, bufferMs);
    }

    @Override
    public Optional<HardwareVolume> hardwareVolume(Optional<String> device) {
        return JavaSoundMixer.find(device);
    }
}
