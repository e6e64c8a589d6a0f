package io.tonearm.control.ingest;

import io.tonearm.control.catalog.Quality;

/**
 * The sample rate and channel count one rung of the ladder is encoded at, chosen from the source's
 * so that libvorbis can reach the rung's bit rate. 24 kbit/s: 22.05 kHz mono, whatever the source.
 * 96, 160 and 320 kbit/s: at least stereo (libvorbis's managed mode cannot reach 96 kbit/s for one
 * channel at 22.05 kHz, nor 256 kbit/s for one channel at any rate, so a mono source is copied to
 * both channels; Vorbis's channel coupling spends next to nothing on the identical second channel),
 * at the source rate when it is 44.1 or 48 kHz, else resampled to 44.1 kHz (a rate that is a
 * multiple of 48 kHz: to 48 kHz). Sources with more than two channels keep them.
 *
 * @param sampleRate frames per second of the encoded rung
 * @param channels   channels of the encoded rung
 */
record RungFormat(int sampleRate, int channels) {

    /** The 24 kbit/s rung's format: all libvorbis reaches 24 kbit/s with. */
    static final RungFormat LOWEST = new RungFormat(22050, 1);

    RungFormat {
        if (sampleRate < 8000 || sampleRate > 192000 || channels < 1 || channels > 8) {
            throw new IllegalArgumentException("no rung format " + sampleRate + " Hz, " + channels + " ch");
        }
    }

    static RungFormat of(Quality quality, int sourceRate, int sourceChannels) {
        if (sourceRate < 1 || sourceChannels < 1) {
            throw new IllegalArgumentException("no source format " + sourceRate + " Hz, " + sourceChannels + " ch");
        }
        if (quality == Quality.KBPS_24) {
            return LOWEST;
        }
        int rate;
        if (sourceRate == 44100 || sourceRate == 48000) {
            rate = sourceRate;
        } else if (sourceRate > 48000 && sourceRate % 48000 == 0) {
            rate = 48000;
        } else {
            rate = 44100;
        }
        return new RungFormat(rate, Math.max(2, sourceChannels));
    }
}
