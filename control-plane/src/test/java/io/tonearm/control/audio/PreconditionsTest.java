package io.tonearm.control.audio;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PreconditionsTest {

    private static final String TAG = "\"abc\"";
    private static final Instant MODIFIED = Instant.parse("2026-01-02T03:04:05Z");
    private static final String MODIFIED_TEXT = "Fri, 2 Jan 2026 03:04:05 GMT";

    @Test
    void if_none_match_matches_weakly_in_a_list_or_star() {
        assertThat(Preconditions.notModified("\"x\", \"abc\"", null, TAG, MODIFIED)).isTrue();
        assertThat(Preconditions.notModified("W/\"abc\"", null, TAG, MODIFIED)).isTrue();
        assertThat(Preconditions.notModified("*", null, TAG, MODIFIED)).isTrue();
        assertThat(Preconditions.notModified("\"abd\"", null, TAG, MODIFIED)).isFalse();
    }

    @Test
    void if_none_match_takes_precedence_over_if_modified_since() {
        assertThat(Preconditions.notModified("\"other\"", MODIFIED_TEXT, TAG, MODIFIED)).isFalse();
    }

    @Test
    void if_modified_since_compares_dates_and_ignores_garbage() {
        assertThat(Preconditions.notModified(null, MODIFIED_TEXT, TAG, MODIFIED)).isTrue();
        assertThat(Preconditions.notModified(null, "Thu, 1 Jan 2026 00:00:00 GMT", TAG, MODIFIED)).isFalse();
        assertThat(Preconditions.notModified(null, "yesterday", TAG, MODIFIED)).isFalse();
    }

    @Test
    void if_range_needs_the_same_strong_tag_or_the_exact_date() {
        assertThat(Preconditions.rangeAllowed(null, TAG, MODIFIED)).isTrue();
        assertThat(Preconditions.rangeAllowed(TAG, TAG, MODIFIED)).isTrue();
        assertThat(Preconditions.rangeAllowed("W/\"abc\"", TAG, MODIFIED)).isFalse();
        assertThat(Preconditions.rangeAllowed(MODIFIED_TEXT, TAG, MODIFIED)).isTrue();
        assertThat(Preconditions.rangeAllowed("nonsense", TAG, MODIFIED)).isFalse();
    }

    @Test
    void formats_http_dates_in_gmt() {
        assertThat(Preconditions.httpDate(MODIFIED)).isEqualTo(MODIFIED_TEXT);
    }
}
