package io.tonearm.sim.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessGaugeTest {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
    static final String STAT = "4242 (java) S 1 4242 4242 0 -1 4194560 9000 0 3 0 250 75 0 0 20 0 40 0 123 0 0";

    @Test
    void reads_user_plus_system_time() {
        assertThat(ProcessGauge.cpuMillis(STAT)).isEqualTo(3250);
    }

    @Test
    void a_command_name_with_spaces_and_parentheses_does_not_shift_the_fields() {
        assertThat(ProcessGauge.cpuMillis(STAT.replace("(java)", "(my (evil) name ) x)"))).isEqualTo(3250);
    }

    @Test
    void refuses_truncated_or_foreign_lines() {
        assertThatThrownBy(() -> ProcessGauge.cpuMillis("4242 java S 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcessGauge.cpuMillis("4242 (java) S 1 2 3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcessGauge.cpuMillis("4242 (java) S 1 4242 4242 0 -1 4194560 9000 0 3 0 x y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcessGauge.rssKib("Name: java\nVmSize: 10 kB\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void samples_a_process_from_a_proc_tree(@TempDir Path proc) throws Exception {
        Files.createDirectories(proc.resolve("77"));
        Files.writeString(proc.resolve("77/stat"), STAT);
        Files.writeString(proc.resolve("77/status"), "Name:\tjava\nVmRSS:\t  123456 kB\nThreads:\t40\n");
        ProcessGauge g = new ProcessGauge(proc);
        assertThat(g.sample(77)).contains(new ProcessGauge.Sample(3250, 123456));
        assertThat(g.sample(78)).as("a process that has gone").isEmpty();
    }

    @Test
    void reads_this_very_process_on_linux() {
        ProcessGauge.Sample s = ProcessGauge.linux().sample(ProcessHandle.current().pid()).orElseThrow();
        assertThat(s.rssKib()).isPositive();
    }
}
