package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/** A mixer channel: its dry signal and how much of it goes to the shared reverb and delay. */
final class Bus {
    final Stereo dry;
    final double reverbSend;
    final double delaySend;

    Bus(int frames, double reverbSend, double delaySend) {
        this.dry = new Stereo(frames);
        this.reverbSend = reverbSend;
        this.delaySend = delaySend;
    }

    void note(Voice voice, double startSec, double lengthSec, double midi, double vel, double pan, double gain) {
        int gate = Math.max(1, (int) Math.round(lengthSec * SR));
        dry.addMono(voice.play(Pitch.hz(midi), gate, vel), (int) Math.round(startSec * SR), gain, pan);
    }

    void hit(double[] oneShot, double startSec, double pan, double gain) {
        dry.addMono(oneShot, (int) Math.round(startSec * SR), gain, pan);
    }
}
