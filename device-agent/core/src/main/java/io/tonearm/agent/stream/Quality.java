package io.tonearm.agent.stream;

/** The stream qualities of the catalog, by nominal Ogg Vorbis bit rate. Ordered low to high. */
public enum Quality {
    KBPS_24(24), KBPS_96(96), KBPS_160(160), KBPS_320(320);

    private final int kbps;

    Quality(int kbps) {
        this.kbps = kbps;
    }

    public int kbps() {
        return kbps;
    }

    public static Quality fromKbps(int kbps) {
        for (Quality q : values()) {
            if (q.kbps == kbps) {
                return q;
            }
        }
        throw new IllegalArgumentException("no quality of " + kbps + " kbit/s; expected 24, 96, 160 or 320");
    }

    /** The lower of this and {@code ceiling}. */
    public Quality cappedAt(Quality ceiling) {
        return compareTo(ceiling) <= 0 ? this : ceiling;
    }
}
