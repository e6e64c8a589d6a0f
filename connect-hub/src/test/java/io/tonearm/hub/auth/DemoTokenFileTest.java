package io.tonearm.hub.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTokenFileTest {

    @TempDir
    Path dir;

    @Test
    void the_token_is_created_once_and_read_back_afterwards() throws Exception {
        DemoTokenFile file = new DemoTokenFile(dir.resolve("nested/demo-token"));
        String first = file.readOrCreate();
        assertThat(Tokens.wellFormed(first)).isTrue();
        assertThat(new DemoTokenFile(dir.resolve("nested/demo-token")).readOrCreate()).isEqualTo(first);
    }

    @Test
    void only_the_owner_may_read_the_file() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path path = dir.resolve("demo-token");
        new DemoTokenFile(path).readOrCreate();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
    }

    @Test
    void a_file_without_a_well_formed_token_is_replaced() throws Exception {
        Path path = dir.resolve("demo-token");
        Files.writeString(path, "garbage");
        String token = new DemoTokenFile(path).readOrCreate();
        assertThat(Tokens.wellFormed(token)).isTrue();
        assertThat(Files.readString(path).trim()).isEqualTo(token);
    }
}
