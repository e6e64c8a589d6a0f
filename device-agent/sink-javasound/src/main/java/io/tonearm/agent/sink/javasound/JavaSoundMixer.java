package io.tonearm.agent.sink.javasound;

import io.tonearm.agent.sink.HardwareVolume;
import java.util.Locale;
import java.util.Optional;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.BooleanControl;
import javax.sound.sampled.Control;
import javax.sound.sampled.FloatControl;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.Port;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a sound card's own volume control: a target Port (speaker, headphone, line out) of the
 * mixer whose name matches the configured device (any when none is configured) with a VOLUME or
 * MASTER_GAIN control. On Linux these are ALSA's mixer elements. The data line's own MASTER_GAIN
 * is not used: JavaSound applies it in software, which the agent does better itself.
 */
public final class JavaSoundMixer {
    private static final Logger LOG = LoggerFactory.getLogger(JavaSoundMixer.class);
    private static final Port.Info[] OUTPUTS = {Port.Info.SPEAKER, Port.Info.HEADPHONE, Port.Info.LINE_OUT};

    private JavaSoundMixer() {
    }

    /** The hardware volume of {@code device} (part of a mixer's name; empty for any), if it has one. */
    public static Optional<HardwareVolume> find(Optional<String> device) {
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            String label = (info.getName() + " " + info.getDescription()).toLowerCase(Locale.ROOT);
            if (device.isPresent() && !label.contains(device.get().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Mixer mixer = AudioSystem.getMixer(info);
            for (Port.Info port : OUTPUTS) {
                if (!mixer.isLineSupported(port)) {
                    continue;
                }
                try {
                    Line line = mixer.getLine(port);
                    line.open();
                    Optional<HardwareVolume> v = volumeOf(line.getControls(), info.getName() + " " + port.getName());
                    if (v.isPresent()) {
                        LOG.info("hardware volume: {}", v.get().describe());
                        return v;
                    }
                    line.close();
                } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                    LOG.debug("port {} of {} unusable: {}", port, info.getName(), e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    /** A volume over the first VOLUME or MASTER_GAIN control among {@code controls}, searching compound controls. */
    static Optional<HardwareVolume> volumeOf(Control[] controls, String name) {
        FloatControl volume = null;
        BooleanControl mute = null;
        for (Control c : flatten(controls)) {
            if (volume == null && c instanceof FloatControl
                    && (c.getType() == FloatControl.Type.VOLUME || c.getType() == FloatControl.Type.MASTER_GAIN)) {
                volume = (FloatControl) c;
            } else if (mute == null && c instanceof BooleanControl && c.getType() == BooleanControl.Type.MUTE) {
                mute = (BooleanControl) c;
            }
        }
        return volume == null ? Optional.empty()
                : Optional.of(new FloatControlVolume(volume, Optional.ofNullable(mute), name));
    }

    private static java.util.List<Control> flatten(Control[] controls) {
        java.util.List<Control> out = new java.util.ArrayList<>();
        for (Control c : controls) {
            if (c instanceof javax.sound.sampled.CompoundControl) {
                out.addAll(flatten(((javax.sound.sampled.CompoundControl) c).getMemberControls()));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
