package io.tonearm.agent.decode.jorbis;

/**
 * Decides which decoded samples of a link to keep, as libvorbis 1.3's
 * {@code vorbis_synthesis_blockin} does, which is what vorbisfile and {@code oggdec} output.
 *
 * <ul>
 *   <li>The first packet of a link only primes the overlap and yields nothing.
 *   <li>Beginning of stream: at the first packet that carries a granule position, if more samples
 *       have been decoded than that position allows, the surplus is dropped from the front of that
 *       packet's samples (a stream that starts with a negative offset, spec §A.2).
 *   <li>End of stream: on the packet flagged end-of-stream, samples past its granule position are
 *       dropped from the end (spec §4.3.8). If that packet is also the first with a granule
 *       position, the spec says the end is cut, not the beginning.
 *   <li>A packet out of sequence (a hole) makes it lose count until the next granule position.
 * </ul>
 *
 * <p>Neither cut reaches back into samples of earlier packets: like vorbisfile, the caller drains a
 * packet's samples before it decodes the next. JOrbis's own end trimming, which predates this logic,
 * must be disabled by hiding granule positions and the end-of-stream flag from it.
 */
final class GranuleTrimmer {
    private boolean primed;
    private long sequence = -1;
    private long granulepos = -1;
    private long sampleCount = -1;
    private int frontSkip;
    private int endTrim;

    /**
     * Accounts one packet that has been decoded and overlapped.
     *
     * @param packetNo the packet's sequence number in its logical stream
     * @param packetGranule the granule position it carries, or -1
     * @param endOfStream whether it is the last packet of its logical stream
     * @param produced the samples per channel it completed (JOrbis's count, untrimmed)
     */
    void packet(long packetNo, long packetGranule, boolean endOfStream, int produced) {
        frontSkip = 0;
        endTrim = 0;
        long pending = produced;
        if (!primed) {
            primed = true;
            frontSkip = produced;
            pending = 0;
        }
        if (sequence == -1 || sequence + 1 != packetNo) {
            granulepos = -1;
            sampleCount = -1;
        }
        sequence = packetNo;
        sampleCount = sampleCount == -1 ? 0 : sampleCount + produced;

        if (granulepos == -1) {
            if (packetGranule != -1) {
                granulepos = packetGranule;
                if (sampleCount > packetGranule) {
                    long extra = Math.min(sampleCount - packetGranule, pending);
                    if (endOfStream) {
                        endTrim = (int) extra;
                    } else {
                        frontSkip += (int) extra;
                    }
                }
            }
        } else {
            granulepos += produced;
            if (packetGranule != -1 && granulepos != packetGranule) {
                if (granulepos > packetGranule && endOfStream) {
                    endTrim = (int) Math.min(granulepos - packetGranule, pending);
                }
                granulepos = packetGranule;
            }
        }
    }

    /** Samples to drop from the front of the last packet's output. */
    int frontSkip() {
        return frontSkip;
    }

    /** Samples to drop from the end of the last packet's output. */
    int endTrim() {
        return endTrim;
    }
}
