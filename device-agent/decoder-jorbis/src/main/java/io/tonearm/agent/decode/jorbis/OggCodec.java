package io.tonearm.agent.decode.jorbis;

import java.nio.charset.StandardCharsets;

/**
 * Names the codec of an Ogg logical stream from the magic at the start of its first packet, as
 * registered with Xiph (https://wiki.xiph.org/MIMETypesCodecs).
 */
enum OggCodec {
    VORBIS("Vorbis", new byte[] {0x01, 'v', 'o', 'r', 'b', 'i', 's'}),
    OPUS("Opus", ascii("OpusHead")),
    FLAC("FLAC", new byte[] {0x7f, 'F', 'L', 'A', 'C'}),
    SPEEX("Speex", ascii("Speex   ")),
    THEORA("Theora", new byte[] {(byte) 0x80, 't', 'h', 'e', 'o', 'r', 'a'}),
    DAALA("Daala", new byte[] {(byte) 0x80, 'd', 'a', 'a', 'l', 'a'}),
    CELT("CELT", ascii("CELT    ")),
    PCM("Ogg PCM", ascii("PCM     ")),
    KATE("Kate", new byte[] {(byte) 0x80, 'k', 'a', 't', 'e', 0, 0, 0}),
    SKELETON("Skeleton", ascii("fishead\0")),
    DIRAC("Dirac", ascii("BBCD\0")),
    UNKNOWN("unknown codec", new byte[0]);

    private final String displayName;
    private final byte[] magic;

    OggCodec(String displayName, byte[] magic) {
        this.displayName = displayName;
        this.magic = magic;
    }

    String displayName() {
        return displayName;
    }

    /** Metadata streams that accompany a codec stream rather than carry audio or video. */
    boolean isMetadata() {
        return this == SKELETON || this == KATE;
    }

    static OggCodec identify(byte[] data, int offset, int length) {
        for (OggCodec codec : values()) {
            if (codec != UNKNOWN && codec.magic.length <= length && startsWith(data, offset, codec.magic)) {
                return codec;
            }
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
