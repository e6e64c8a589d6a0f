package io.tonearm.control.catalog;

import io.tonearm.control.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageWindowTest {

    @Test
    void absent_values_default_to_the_first_twenty() {
        assertThat(PageWindow.parse(null, null)).isEqualTo(new PageWindow(20, 0));
    }

    @Test
    void accepts_the_bounds() {
        assertThat(PageWindow.parse("1", "0")).isEqualTo(new PageWindow(1, 0));
        assertThat(PageWindow.parse("50", "1000")).isEqualTo(new PageWindow(50, 1000));
    }

    @Test
    void rejects_out_of_range_and_non_numeric_values_as_bad_requests() {
        String[][] cases = {{"0", null}, {"51", null}, {"-1", null}, {"", null}, {"ten", null}, {"1.0", null},
                {null, "-1"}, {null, "99999999999"}, {null, "0x10"}, {" 5", null}};
        for (String[] c : cases) {
            assertThatThrownBy(() -> PageWindow.parse(c[0], c[1])).isInstanceOf(InvalidRequestException.class);
        }
    }
}
