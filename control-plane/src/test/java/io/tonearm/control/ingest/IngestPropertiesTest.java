package io.tonearm.control.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestPropertiesTest {

    @Test
    void defaults_are_valid_and_the_tool_path_splits_like_path() {
        IngestProperties p = new IngestProperties(536870912, 600, "/opt/bin::/usr/bin", 0, null);
        assertThat(p.toolDirectories()).containsExactly(Path.of("/opt/bin"), Path.of("/usr/bin"));
        assertThat(p.effectiveParallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(p.token()).isNull();
        assertThat(new IngestProperties(1024, 1, null, 64, "  ").token()).isNull();
    }

    @Test
    void each_bad_value_names_its_key() {
        List<Runnable> bad = List.of(
                () -> new IngestProperties(100, 600, null, 0, null),
                () -> new IngestProperties((4L << 30) + 1, 600, null, 0, null),
                () -> new IngestProperties(1 << 20, 0, null, 0, null),
                () -> new IngestProperties(1 << 20, 3601, null, 0, null),
                () -> new IngestProperties(1 << 20, 600, null, 65, null),
                () -> new IngestProperties(1 << 20, 600, null, -1, null),
                () -> new IngestProperties(1 << 20, 600, null, 0, "short"));
        List<String> keys = List.of("max-upload-bytes", "max-upload-bytes", "tool-timeout", "tool-timeout",
                "parallelism", "parallelism", "token");
        for (int i = 0; i < bad.size(); i++) {
            assertThatThrownBy(bad.get(i)::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tonearm.control.ingest." + keys.get(i));
        }
    }
}
