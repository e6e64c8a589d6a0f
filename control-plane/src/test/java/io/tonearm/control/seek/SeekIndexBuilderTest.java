package io.tonearm.control.seek;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeekIndexBuilderTest {

    private static SeekIndex index(byte[] bytes) throws IOException {
        return SeekIndexBuilder.scan(new ByteArrayInputStream(bytes)).index();
    }

    @Test
    void indexes_the_first_audio_page_at_zero_then_about_one_page_per_second() throws IOException {
        OggFixture ogg = new OggFixture().identification(1000, 2) // rate 1000 Hz: a second is 1000 samples
                .page(0, 0, 40, 60); // comment and setup headers end on this page
        int firstAudio = ogg.size();
        ogg.page(0, 400, 10, 10); //  granule 400
        ogg.page(0, 900, 10); //      900
        int third = ogg.size();
        ogg.page(0, 1300, 10); //     before it 900 < 1000: no point; after it 1300
        int fourth = ogg.size();
        ogg.unfinished(0); //         last granule 1300 >= 1000: a point (1300, fourth)
        int fifth = ogg.size();
        ogg.page(0x01, 2100, 10); //  continued packet: skipped although 1300 < 2000 anyway
        int sixth = ogg.size();
        ogg.unfinished(0x01); //      2100 >= 2000 but continued: skipped
        int seventh = ogg.size();
        ogg.page(0x01, 2500, 10); //  continued: skipped
        int eighth = ogg.size();
        ogg.page(0x04, 2600, 10); //  not continued, last granule 2500 >= 2000: point; end of stream
        SeekIndex index = index(ogg.bytes());
        assertThat(index.points()).containsExactly(new SeekIndex.Point(0, firstAudio),
                new SeekIndex.Point(1300, fourth), new SeekIndex.Point(2500, eighth));
        assertThat(List.of(third, fifth, sixth, seventh)).doesNotContain(fourth); // sanity of the layout
        assertThat(index.toJson()).isEqualTo("[[0," + firstAudio + "],[1300," + fourth + "],[2500," + eighth + "]]");
    }

    @Test
    void reports_the_stream_format_and_length() throws IOException {
        byte[] ogg = new OggFixture().identification(22050, 1).page(0, 0, 40, 60).page(0x04, 4410, 10).bytes();
        SeekIndexBuilder.Scan scan = SeekIndexBuilder.scan(new ByteArrayInputStream(ogg));
        assertThat(scan.sampleRate()).isEqualTo(22050);
        assertThat(scan.channels()).isEqualTo(1);
        assertThat(scan.lastGranule()).isEqualTo(4410);
    }

    @Test
    void indexes_a_real_file_of_the_sample_pack() throws IOException {
        Path file = Path.of("../samples/audio/velvet-orchard-01-320.ogg");
        byte[] bytes = Files.readAllBytes(file);
        SeekIndexBuilder.Scan scan = SeekIndexBuilder.scan(file);
        List<SeekIndex.Point> points = scan.index().points();
        // 22.6 s of audio: a point at 0 and about one per second after it.
        assertThat(points.size()).isBetween(21, 24);
        assertThat(points.get(0).granule()).isZero();
        List<long[]> pages = pages(bytes); // {offset, granule}, read independently of the builder
        for (SeekIndex.Point p : points) {
            assertThat(new String(bytes, (int) p.offset(), 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("OggS");
            long before = -1;
            for (long[] page : pages) {
                if (page[0] >= p.offset()) {
                    break;
                }
                if (page[1] != -1) {
                    before = page[1];
                }
            }
            assertThat(p.granule()).isEqualTo(before);
        }
        for (int i = 1; i < points.size(); i++) {
            long gap = points.get(i).granule() - points.get(i - 1).granule();
            assertThat(gap).isBetween(20_000L, 90_000L);
        }
    }

    /** Every page's offset and granule, by walking the page headers. */
    private static List<long[]> pages(byte[] b) {
        List<long[]> pages = new ArrayList<>();
        int at = 0;
        while (at < b.length) {
            int segments = b[at + 26] & 0xff;
            int body = 0;
            for (int i = 0; i < segments; i++) {
                body += b[at + 27 + i] & 0xff;
            }
            pages.add(new long[]{at, ByteBuffer.wrap(b, at + 6, 8).order(ByteOrder.LITTLE_ENDIAN).getLong()});
            at += 27 + segments + body;
        }
        return pages;
    }

    @Test
    void a_corrupted_byte_fails_the_crc_with_its_offset() {
        byte[] ogg = new OggFixture().identification(1000, 2).page(0, 0, 40, 60).page(0x04, 500, 10).bytes();
        ogg[ogg.length - 3] ^= 0x10;
        assertThatThrownBy(() -> index(ogg)).isInstanceOf(OggFormatException.class).hasMessageContaining("CRC");
    }

    @Test
    void truncated_empty_foreign_and_header_only_files_are_refused() {
        byte[] ogg = new OggFixture().identification(1000, 2).page(0, 0, 40, 60).page(0x04, 500, 10).bytes();
        assertThatThrownBy(() -> index(Arrays.copyOf(ogg, ogg.length - 4)))
                .isInstanceOf(OggFormatException.class).hasMessageContaining("ends inside");
        assertThatThrownBy(() -> index(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> index(Arrays.copyOf("RIFF....WAVEfmt ".getBytes(), 64))).hasMessageContaining("no Ogg page at byte 0");
        byte[] headersOnly = new OggFixture().identification(1000, 2).page(0x04, 0, 40, 60).bytes();
        assertThatThrownBy(() -> index(headersOnly)).hasMessageContaining("no audio pages");
        byte[] notVorbis = new OggFixture().page(0x02, 0, 30).page(0, 0, 10).bytes();
        assertThatThrownBy(() -> index(notVorbis)).hasMessageContaining("not a Vorbis identification header");
    }

    @Test
    void the_json_form_round_trips_and_rejects_other_shapes() {
        SeekIndex index = new SeekIndex(List.of(new SeekIndex.Point(0, 3900), new SeekIndex.Point(44160, 43000)));
        assertThat(SeekIndex.fromJson(index.toJson())).isEqualTo(index);
        assertThat(SeekIndex.fromJson("[]")).isEqualTo(SeekIndex.empty());
        for (String bad : List.of("", "{}", "[1,2]", "[[1]]", "[[1,2,3]]", "[[a,b]]", "[[5,10],[4,20]]", "[[-1,0]]")) {
            assertThatThrownBy(() -> SeekIndex.fromJson(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
