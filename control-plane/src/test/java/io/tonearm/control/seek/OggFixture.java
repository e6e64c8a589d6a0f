package io.tonearm.control.seek;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds Ogg pages byte by byte (RFC 3533 §6) with correct CRCs, for seek-index tests. */
final class OggFixture {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int sequence;

    /** A page holding whole packets of the given sizes (each < 255 bytes, so one lacing value each). */
    OggFixture page(int headerType, long granule, int... packetSizes) {
        int[] lacing = packetSizes.clone();
        byte[] body = new byte[java.util.Arrays.stream(packetSizes).sum()];
        return raw(headerType, granule, lacing, body);
    }

    /** A page whose single segment of 255 bytes ends no packet (granule −1). */
    OggFixture unfinished(int headerType) {
        return raw(headerType, -1, new int[]{255}, new byte[255]);
    }

    OggFixture identification(int rate, int channels) {
        byte[] id = new byte[30];
        ByteBuffer b = ByteBuffer.wrap(id).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 1).put("vorbis".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(0)
                .put((byte) channels).putInt(rate);
        id[29] = 1;
        return raw(0x02, 0, new int[]{30}, id);
    }

    OggFixture raw(int headerType, long granule, int[] lacing, byte[] body) {
        ByteBuffer h = ByteBuffer.allocate(27 + lacing.length).order(ByteOrder.LITTLE_ENDIAN);
        h.put("OggS".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put((byte) 0).put((byte) headerType)
                .putLong(granule).putInt(0x1234).putInt(sequence++).putInt(0).put((byte) lacing.length);
        for (int l : lacing) {
            h.put((byte) l);
        }
        byte[] header = h.array();
        int crc = OggPageReader.crc(OggPageReader.crc(0, header), body);
        ByteBuffer.wrap(header, 22, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(crc);
        out.writeBytes(header);
        out.writeBytes(body);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
