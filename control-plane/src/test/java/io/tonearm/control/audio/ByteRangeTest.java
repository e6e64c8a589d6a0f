package io.tonearm.control.audio;

import io.tonearm.control.audio.ByteRange.Full;
import io.tonearm.control.audio.ByteRange.Partial;
import io.tonearm.control.audio.ByteRange.Unsatisfiable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ByteRangeTest {

    private static final long SIZE = 100;

    @Test
    void no_header_means_the_whole_file() {
        assertThat(ByteRange.parse(null, SIZE)).isEqualTo(new Full());
    }

    @Test
    void reads_closed_open_and_suffix_ranges() {
        assertThat(ByteRange.parse("bytes=0-9", SIZE)).isEqualTo(new Partial(0, 9));
        assertThat(ByteRange.parse("bytes=0-0", SIZE)).isEqualTo(new Partial(0, 0));
        assertThat(ByteRange.parse("bytes=90-", SIZE)).isEqualTo(new Partial(90, 99));
        assertThat(ByteRange.parse("bytes=-10", SIZE)).isEqualTo(new Partial(90, 99));
        assertThat(ByteRange.parse("Bytes = 5-6 ", SIZE)).isEqualTo(new Partial(5, 6));
    }

    @Test
    void clamps_ends_past_the_file_and_oversized_suffixes() {
        assertThat(ByteRange.parse("bytes=50-1000", SIZE)).isEqualTo(new Partial(50, 99));
        assertThat(ByteRange.parse("bytes=50-99999999999999999999999", SIZE)).isEqualTo(new Partial(50, 99));
        assertThat(ByteRange.parse("bytes=-1000", SIZE)).isEqualTo(new Partial(0, 99));
    }

    @Test
    void a_start_at_or_past_the_end_or_an_empty_suffix_is_unsatisfiable() {
        assertThat(ByteRange.parse("bytes=100-", SIZE)).isEqualTo(new Unsatisfiable());
        assertThat(ByteRange.parse("bytes=100-200", SIZE)).isEqualTo(new Unsatisfiable());
        assertThat(ByteRange.parse("bytes=99999999999999999999-", SIZE)).isEqualTo(new Unsatisfiable());
        assertThat(ByteRange.parse("bytes=-0", SIZE)).isEqualTo(new Unsatisfiable());
        assertThat(ByteRange.parse("bytes=-5", 0)).isEqualTo(new Unsatisfiable());
    }

    @Test
    void invalid_syntax_other_units_and_disjoint_ranges_are_ignored() {
        for (String header : new String[]{"", "bytes=", "bytes=,", "bytes=-", "bytes=5-2", "bytes=abc", "bytes=1-2-3",
                "bytes=0-0,5-9", "bytes=0-1,5-2", "bytes=0-1,abc", "items=0-5", "bytes 0-5", "bytes=+1-2", "bytes=0x10-20",
                "bytes=１-２", "bytes=-10,0-5", "bytes=0-0,2-2,4-4"}) {
            assertThat(ByteRange.parse(header, SIZE)).as(header).isEqualTo(new Full());
        }
    }

    @Test
    void overlapping_or_touching_ranges_are_coalesced_into_one() {
        assertThat(ByteRange.parse("bytes=0-49,25-74", SIZE)).isEqualTo(new Partial(0, 74));
        assertThat(ByteRange.parse("bytes=10-19,0-9", SIZE)).isEqualTo(new Partial(0, 19));
        assertThat(ByteRange.parse("bytes=0-9, 5-", SIZE)).isEqualTo(new Partial(0, 99));
        assertThat(ByteRange.parse("bytes=-10,80-95", SIZE)).isEqualTo(new Partial(80, 99));
        assertThat(ByteRange.parse("bytes=0-1,,", SIZE)).as("empty list elements").isEqualTo(new Partial(0, 1));
        assertThat(ByteRange.parse("bytes=5-9,5-9,5-9", SIZE)).isEqualTo(new Partial(5, 9));
    }

    @Test
    void unsatisfiable_specs_are_dropped_and_all_unsatisfiable_is_416() {
        assertThat(ByteRange.parse("bytes=0-9,200-300", SIZE)).isEqualTo(new Partial(0, 9));
        assertThat(ByteRange.parse("bytes=100-,200-300,-0", SIZE)).isEqualTo(new Unsatisfiable());
    }

    @Test
    void too_many_ranges_are_ignored() {
        assertThat(ByteRange.parse("bytes=" + "0-1,".repeat(16) + "0-1", SIZE)).isEqualTo(new Full());
        assertThat(ByteRange.parse("bytes=" + "0-1,".repeat(15) + "0-1", SIZE)).isEqualTo(new Partial(0, 1));
    }

    @Test
    void partial_knows_its_length() {
        assertThat(new Partial(10, 19).length()).isEqualTo(10);
    }
}
