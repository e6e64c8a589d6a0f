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
    void sums_the_heap_lines_of_jcmd_heap_info_and_leaves_metaspace_out() {
        String serial = "20141:\n"
                + " def new generation   total 116160K, used 10329K [0x0000000686a00000, 0x000000068e800000, 0x00000007046a0000)\n"
                + "  eden space 103296K,  10% used [0x0000000686a00000, 0x00000006874166e0, 0x000000068cee0000)\n"
                + "  from space 12864K,   0% used [0x000000068cee0000, 0x000000068cee0000, 0x000000068db70000)\n"
                + " tenured generation   total 258048K, used 2000K [0x00000007046a0000, 0x00000007142a0000, 0x0000000800000000)\n"
                + "   the space 258048K,   0% used [0x00000007046a0000, 0x00000007046a0000, 0x00000007046a0200, 0x00000007142a0000)\n"
                + " Metaspace       used 6243K, committed 6464K, reserved 1114112K\n"
                + "  class space    used 776K, committed 896K, reserved 1048576K\n";
        assertThat(ProcessMemory.parseHeapInfoKb(serial)).isEqualTo(OptionalLong.of(12329));
        String g1 = "20944:\n garbage-first heap   total 397312K, used 17634K [0x0000000686800000, 0x0000000800000000)\n"
                + "  region size 4096K, 4 young (16384K), 0 survivors (0K)\n"
                + " Metaspace       used 8923K, committed 9088K, reserved 1114112K\n";
        assertThat(ProcessMemory.parseHeapInfoKb(g1)).isEqualTo(OptionalLong.of(17634));
        assertThat(ProcessMemory.parseHeapInfoKb("20944:\ncom.sun.tools.attach.AttachNotSupportedException: Unable to open socket file\n")).isEmpty();
        assertThat(ProcessMemory.parseHeapInfoKb(" Metaspace       used 8923K, committed 9088K, reserved 1114112K\n")).isEmpty();
        assertThat(ProcessMemory.parseHeapInfoKb(" def new generation   total 1K, used 99999999999999999K [0x0)\n")).isEmpty();
    }

    @Test
    void reads_a_running_jvm_s_heap_through_jcmd() throws Exception {
        assertThat(ProcessMemory.heapUsedKb(ProcessHandle.current().pid()).orElseThrow()).isPositive();
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
