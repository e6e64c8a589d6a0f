package io.tonearm.sim.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {
    @TempDir
    Path dir;

    @Test
    void a_service_that_exits_at_start_reports_its_log_in_the_failure() throws Exception {
        Path module = dir.resolve("broken-service");
        Files.createDirectories(module.resolve("target/classes"));
        Files.writeString(module.resolve("target/classpath.txt"), "");
        Path log = dir.resolve("logs/broken.log");
        try (ServiceProcess service = ServiceProcess.start("broken", module, "no.such.Main", Map.of(), log)) {
            assertThatThrownBy(() -> service.awaitHealthy(URI.create("http://127.0.0.1:" + Ports.free() + "/health"),
                    Duration.ofSeconds(30)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("broken exited with 1")
                    .hasMessageContaining(log.toString())
                    .hasMessageContaining("no.such.Main");
        }
    }

    @Test
    void the_tail_is_bounded_and_an_empty_or_missing_log_says_so() throws Exception {
        Path module = dir.resolve("m");
        Files.createDirectories(module.resolve("target/classes"));
        Files.writeString(module.resolve("target/classpath.txt"), "");
        Path log = dir.resolve("long.log");
        try (ServiceProcess service = ServiceProcess.start("svc", module, "no.such.Main", Map.of(), log)) {
            service.close();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                text.append("line ").append(i).append('\n');
            }
            Files.writeString(log, text);
            String tail = service.logTail();
            assertThat(tail).contains("line 499").contains("line 460").doesNotContain("line 459\n");
            Files.writeString(log, "");
            assertThat(service.logTail()).contains("the log is empty");
            Files.delete(log);
            assertThat(service.logTail()).contains("cannot be read");
        }
    }
}
