package io.tonearm.agent.sink.javasound;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.SinkException;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays through javax.sound, which on Linux is ALSA. The line's buffer holds
 * {@code bufferMillis} of audio: smaller starts sooner and pauses more promptly, larger survives
 * scheduling hiccups. Writes block while the buffer is full, pacing the player.
 */
public final class JavaSoundSink implements AudioSink {
    private final Optional<String> deviceName;
    private final int bufferMillis;
    private SourceDataLine line;
    private PcmFormat format;

    /**
     * @param deviceName part of a mixer's name (case-insensitive), e.g. "USB" or "hw:1"; empty
     *     for the system default
     */
    public JavaSoundSink(Optional<String> deviceName, int bufferMillis) {
        if (bufferMillis < 10 || bufferMillis > 5000) {
            throw new IllegalArgumentException("buffer must be 10-5000 ms: " + bufferMillis);
        }
        this.deviceName = deviceName;
        this.bufferMillis = bufferMillis;
    }

    @Override
    public void open(PcmFormat newFormat) throws SinkException {
        if (line != null && newFormat.equals(format)) {
            return;
        }
        close();
        AudioFormat af = new AudioFormat(newFormat.sampleRate(), 16, newFormat.channels(), true, false);
        DataLine.Info info = new DataLine.Info(SourceDataLine.class, af);
        try {
            SourceDataLine l = (SourceDataLine) (deviceName.isPresent()
                    ? AudioSystem.getMixer(findMixer(deviceName.get(), info)).getLine(info)
                    : AudioSystem.getLine(info));
            int bytes = (int) ((long) newFormat.sampleRate() * bufferMillis / 1000) * newFormat.bytesPerFrame();
            l.open(af, bytes);
            l.start();
            line = l;
            format = newFormat;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new SinkException("no audio output for " + newFormat + deviceName.map(d -> " on \"" + d + "\"").orElse("")
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(byte[] s16le, int offset, int length) throws SinkException {
        if (line == null) {
            throw new SinkException("sink is not open");
        }
        line.write(s16le, offset, length);
    }

    @Override
    public void pause() {
        if (line != null) {
            line.stop();
        }
    }

    @Override
    public void resume() {
        if (line != null) {
            line.start();
        }
    }

    @Override
    public void flush() {
        if (line != null) {
            line.flush();
        }
    }

    @Override
    public void drain() {
        if (line != null) {
            line.drain();
        }
    }

    @Override
    public void close() {
        if (line != null) {
            line.close();
            line = null;
            format = null;
        }
    }

    static Mixer.Info findMixer(String name, DataLine.Info info) throws SinkException {
        String wanted = name.toLowerCase(java.util.Locale.ROOT);
        for (Mixer.Info m : AudioSystem.getMixerInfo()) {
            String label = (m.getName() + " " + m.getDescription()).toLowerCase(java.util.Locale.ROOT);
            if (label.contains(wanted) && AudioSystem.getMixer(m).isLineSupported(info)) {
                return m;
            }
        }
        throw new SinkException("no audio device matching \"" + name + "\"");
    }
}
