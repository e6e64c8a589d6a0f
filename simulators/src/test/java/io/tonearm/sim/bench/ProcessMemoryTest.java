package io.tonearm.sim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void reads_rss_fields_from_proc_status_and_nothing_from_a_malformed_one() {
        String status = "Name:\tjava\nVmHWM:\t   41236 kB\nVmRSS:\t   39012 kB\nThreads:\t17\n";
        assertThat(ProcessMemory.parseStatusKb(status, "VmRSS")).isEqualTo(OptionalLong.of(39012));
        assertThat(ProcessMemory.parseStatusKb(status, "VmHWM")).isEqualTo(OptionalLong.of(41236));
        assertThat(ProcessMemory.parseStatusKb(status, "VmSwap")).isEmpty();
        assertThat(ProcessMemory.parseStatusKb("VmRSS:\t12 MB\n", "VmRSS")).isEmpty();
        assertThat(ProcessMemory.parseStatusKb("VmRSS:\t-5 kB\n", "VmRSS")).isEmpty();
        assertThat(ProcessMemory.parseStatusKb("VmRSS:\t99999999999999999999 kB\n", "VmRSS")).isEmpty();
        assertThat(ProcessMemory.parseStatusKb("", "VmRSS")).isEmpty();
    }

    @Test
    void reads_this_process_s_own_rss() {
        assertThat(ProcessMemory.statusKb(ProcessHandle.current().pid(), "VmRSS").orElseThrow()).isPositive();
        assertThat(ProcessMemory.statusKb(Long.MAX_VALUE, "VmRSS")).isEmpty();
    }

    @Test
    void sums_survivors_eden_and_old_from_jstat() {
        String out = " S0C    S1C    S0U    S1U      EC       EU        OC         OU       MC     MU    CCSC   CCSU   YGC     YGCT\n"
                + "512.0  512.0   0.0   100.5   4480.0   2000.0   11016.0    5000.4  9088.0 8800.1 1024.0  900.2      9    0.020\n";
        assertThat(ProcessMemory.parseJstatHeapKb(out)).isEqualTo(OptionalLong.of(7101));
        assertThat(ProcessMemory.parseJstatHeapKb("12345: could not attach\n")).isEmpty();
        assertThat(ProcessMemory.parseJstatHeapKb("S0U S1U EU OU\n1 2 x 4\n")).isEmpty();
        assertThat(ProcessMemory.parseJstatHeapKb("S0U S1U EU\n1 2 3\n")).isEmpty();
    }

    @Test
    void options_name_every_shipped_profile_by_default_and_refuse_bad_values() {
        FootprintOptions o = FootprintOptions.parse(List.of("footprint", "--dists", "/d"));
        assertThat(o.profiles()).containsExactly("smart-speaker", "car-headunit", "smart-tv", "rpi-zero-2w", "rpi-4", "constrained-coap");
        assertThat(o.dists()).isEqualTo(Path.of("/d"));
        assertThat(FootprintOptions.parse(List.of("footprint", "--dists", "/d", "--profile", "rpi-4", "--seconds", "5")).profiles())
                .containsExactly("rpi-4");
        assertThatThrownBy(() -> FootprintOptions.parse(List.of("latency"))).hasMessageStartingWith("the only benchmark is footprint");
        assertThatThrownBy(() -> FootprintOptions.parse(List.of("footprint"))).hasMessageStartingWith("--dists is required");
        assertThatThrownBy(() -> FootprintOptions.parse(List.of("footprint", "--dists", "/d", "--seconds", "4")))
                .hasMessageStartingWith("--seconds must be");
        assertThatThrownBy(() -> FootprintOptions.parse(List.of("footprint", "--dists", "/d", "--seconds", "1e9")))
                .hasMessageStartingWith("--seconds must be");
        assertThatThrownBy(() -> FootprintOptions.parse(List.of("footprint", "--dists"))).hasMessageStartingWith("--dists needs a value");
    }

    @Test
    void a_row_is_within_budget_by_its_peak_and_a_pending_row_is_neither() {
        assertThat(new FootprintRow("p", 96, 48, 900, 40_000, 49_152, 9000, Optional.empty()).withinBudget()).isTrue();
        assertThat(new FootprintRow("p", 96, 48, 900, 40_000, 49_153, 9000, Optional.empty()).withinBudget()).isFalse();
        FootprintRow pending = FootprintRow.pending("c", 96, 48, "pending: CoAP");
        assertThat(pending.withinBudget()).isFalse();
        assertThat(pending.line()).contains("pending: CoAP");
        assertThat(pending.pending()).isTrue();
        FootprintRow failed = FootprintRow.failed("p", 160, 48, "exited (1) before its hello");
        assertThat(failed.pending()).isFalse();
        assertThat(failed.withinBudget()).isFalse();
        assertThat(failed.line()).contains("FAILED: exited (1) before its hello");
    }
}
