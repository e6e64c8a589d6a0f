package io.tonearm.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentiles_use_the_nearest_rank() {
        Latencies l = new Latencies();
        for (int i = 100; i >= 1; i--) {
            l.add(i);
        }
        assertThat(l.percentile(50)).isEqualTo(50);
        assertThat(l.percentile(99)).isEqualTo(99);
        assertThat(l.percentile(100)).isEqualTo(100);
        assertThat(l.summary()).isEqualTo(new Latencies.Summary(100, 50, 99));
    }

    @Test
    void an_empty_report_says_null_not_zero() {
        String json = new Report().latency("ttfa_ms", new Latencies()).toJson();
        assertThat(json).contains("\"n\" : 0").contains("\"p50\" : null");
    }

    @Test
    void refuses_impossible_samples() {
        assertThatThrownBy(() -> new Latencies().add(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Latencies().add(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
