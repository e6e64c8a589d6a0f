package io.tonearm.samples;

import java.util.List;

/** Sums buses into a stereo mix, feeding their sends to one shared ping-pong delay and reverb. */
final class Mixer {
    record ReverbSettings(double room, double damp, double width, double preDelaySec, double returnGain) {}

    record DelaySettings(double timeSec, double feedback, double lowpassHz) {}

    static Stereo mixdown(List<Bus> buses, ReverbSettings rv, DelaySettings dl) {
        int n = buses.get(0).dry.l.length;
        Stereo mix = new Stereo(n);
        Stereo reverbSend = new Stereo(n);
        Stereo delaySend = new Stereo(n);
        for (Bus b : buses) {
            Effects.add(mix, b.dry, 1.0);
            Effects.add(reverbSend, b.dry, b.reverbSend);
            Effects.add(delaySend, b.dry, b.delaySend);
        }
        Stereo echoes = PingPongDelay.render(delaySend, dl.timeSec(), dl.feedback(), dl.lowpassHz());
        Effects.add(mix, echoes, 1.0);
        Effects.add(reverbSend, echoes, 0.5);
        Effects.highpass(reverbSend, 180, 0.7);
        Effects.add(mix, Freeverb.render(reverbSend, rv.room(), rv.damp(), rv.width(), rv.preDelaySec()), rv.returnGain());
        return mix;
    }
}
