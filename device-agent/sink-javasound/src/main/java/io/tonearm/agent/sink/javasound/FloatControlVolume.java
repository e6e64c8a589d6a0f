package io.tonearm.agent.sink.javasound;

import io.tonearm.agent.playback.Volume;
import io.tonearm.agent.sink.HardwareVolume;
import javax.sound.sampled.BooleanControl;
import javax.sound.sampled.FloatControl;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hardware volume through a javax.sound {@link FloatControl}: {@code VOLUME} (linear, the
 * control's range) takes the agent's curve as an amplitude; {@code MASTER_GAIN} (dB) takes it in
 * dB, clamped to what the control offers. 0 is the control's minimum, and its mute if it has one.
 */
final class FloatControlVolume implements HardwareVolume {
    private static final Logger LOG = LoggerFactory.getLogger(FloatControlVolume.class);

    private final FloatControl control;
    private final Optional<BooleanControl> mute;
    private final String name;

    FloatControlVolume(FloatControl control, Optional<BooleanControl> mute, String name) {
        FloatControl.Type type = (FloatControl.Type) control.getType();
        if (type != FloatControl.Type.VOLUME && type != FloatControl.Type.MASTER_GAIN) {
            throw new IllegalArgumentException("not a volume or gain control: " + type);
        }
        this.control = control;
        this.mute = mute;
        this.name = name;
    }

    @Override
    public synchronized void setPercent(int percent) {
        float value = valueFor(percent);
        try {
            mute.ifPresent(m -> m.setValue(percent == 0));
            control.setValue(value);
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.warn("cannot set {} to {}: {}", name, value, e.getMessage());
        }
    }

    /** The control value for {@code percent}. */
    float valueFor(int percent) {
        float min = control.getMinimum();
        float max = control.getMaximum();
        float gain = Volume.gain(percent);
        if (percent == 0) {
            return min;
        }
        if (control.getType() == FloatControl.Type.VOLUME) {
            return min + (max - min) * gain;
        }
        float db = (float) (20 * Math.log10(gain));
        return Math.max(min, Math.min(max, db));
    }

    @Override
    public String describe() {
        return name + " (" + control.getType() + ")";
    }
}
