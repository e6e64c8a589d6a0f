package io.tonearm.agent.stream.seek;

/** The Ogg page checksum (RFC 3533 §6): CRC-32, polynomial 0x04c11db7, no reflection, initial 0. */
final class OggCrc {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int k = 0; k < 8; k++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04c11db7 : r << 1;
            }
            TABLE[i] = r;
        }
    }

    private OggCrc() {
    }

    /** The checksum of {@code length} bytes at {@code offset}, with the CRC field (bytes 22-25) read as zero. */
    static int of(byte[] page, int offset, int length) {
        int crc = 0;
        for (int i = 0; i < length; i++) {
            int b = i >= 22 && i < 26 ? 0 : page[offset + i] & 0xff;
            crc = (crc << 8) ^ TABLE[((crc >>> 24) & 0xff) ^ b];
        }
        return crc;
    }
}
