package io.tonearm.sim.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The link arithmetic in virtual time: nanosecond timestamps handed in, due times checked. */
class LinkShaperTest {
    static final long MS = 1_000_000;

    @Test
    void a_clean_link_delivers_at_once() {
        LinkShaper s = new LinkShaper(() -> LinkProfile.CLEAN, new Random(1));
        assertThat(s.streamDue(5 * MS, 1000)).isEqualTo(5 * MS);
        assertThat(s.datagramDue(7 * MS, 1000)).hasValue(7 * MS);
    }

    @Test
    void latency_is_added_one_way() {
        LinkShaper s = new LinkShaper(() -> LinkProfile.of(Duration.ofMillis(50), 0, 0), new Random(1));
        assertThat(s.streamDue(0, 10)).isEqualTo(25 * MS);
    }

    @Test
    void bandwidth_serialises_chunks_one_after_another() {
        // 8 Mbit/s: 1000 bytes take 1 ms on the line.
        LinkShaper s = new LinkShaper(() -> LinkProfile.of(Duration.ZERO, 8_000_000, 0), new Random(1));
        assertThat(s.streamDue(0, 1000)).isEqualTo(1 * MS);
        assertThat(s.streamDue(0, 1000)).as("queued behind the first").isEqualTo(2 * MS);
        assertThat(s.streamDue(10 * MS, 1000)).as("an idle line starts fresh").isEqualTo(11 * MS);
    }

    @Test
    void throughput_over_a_second_matches_the_rate() {
        LinkShaper s = new LinkShaper(() -> LinkProfile.of(Duration.ofMillis(50), 10_000_000, 0), new Random(1));
        long last = 0;
        for (int i = 0; i < 1250; i++) { // 1250 × 1000 bytes = 10 Mbit
            last = s.streamDue(0, 1000);
        }
        assertThat(last).isEqualTo(1000 * MS + 25 * MS);
    }

    @Test
    void jitter_stays_within_its_bound_and_never_reorders_a_stream() {
        LinkProfile p = LinkProfile.of(Duration.ofMillis(20), 0, 0).withJitter(Duration.ofMillis(30));
        LinkShaper s = new LinkShaper(() -> p, new Random(42));
        long previous = 0;
        boolean varied = false;
        for (int i = 0; i < 1000; i++) {
            long now = i * MS;
            long due = s.streamDue(now, 100);
            assertThat(due).isGreaterThanOrEqualTo(previous).isBetween(now + 10 * MS, now + 40 * MS + 30 * MS);
            varied |= due - now != 10 * MS;
            previous = due;
        }
        assertThat(varied).isTrue();
    }

    @Test
    void tcp_loss_stalls_the_stream_instead_of_losing_bytes() {
        LinkProfile p = new LinkProfile(Duration.ZERO, Duration.ZERO, 0, 1.0, Duration.ofMillis(200));
        LinkShaper s = new LinkShaper(() -> p, new Random(1));
        assertThat(s.streamDue(0, 10)).isEqualTo(200 * MS);
    }

    @Test
    void udp_loss_drops_about_the_given_share() {
        LinkShaper s = new LinkShaper(() -> LinkProfile.of(Duration.ZERO, 0, 0.1), new Random(7));
        int lost = 0;
        for (int i = 0; i < 10_000; i++) {
            lost += s.datagramDue(i, 100).isEmpty() ? 1 : 0;
        }
        assertThat(lost).isBetween(800, 1200);
    }

    @Test
    void a_changed_profile_applies_to_the_next_chunk() {
        LinkProfile[] current = {LinkProfile.CLEAN};
        LinkShaper s = new LinkShaper(() -> current[0], new Random(1));
        assertThat(s.streamDue(0, 1)).isZero();
        current[0] = LinkProfile.of(Duration.ofMillis(100), 0, 0);
        assertThat(s.streamDue(0, 1)).isEqualTo(50 * MS);
    }

    @Test
    void refuses_nonsense_profiles() {
        assertThatThrownBy(() -> LinkProfile.of(Duration.ofMillis(-2), 0, 0)).hasMessageContaining("latency");
        assertThatThrownBy(() -> LinkProfile.of(Duration.ofHours(2), 0, 0)).hasMessageContaining("latency");
        assertThatThrownBy(() -> LinkProfile.of(Duration.ZERO, -1, 0)).hasMessageContaining("bitsPerSecond");
        assertThatThrownBy(() -> LinkProfile.of(Duration.ZERO, 0, 1.5)).hasMessageContaining("loss");
        assertThatThrownBy(() -> LinkProfile.of(Duration.ZERO, 0, Double.NaN)).hasMessageContaining("loss");
        assertThatThrownBy(() -> new LinkProfile(null, Duration.ZERO, 0, 0, Duration.ZERO)).hasMessageContaining("latency");
    }
}
