package io.tonearm.control.stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalKeyFileTest {

    @TempDir
    Path temp;

    @Test
    void generates_a_key_once_and_reads_the_same_key_afterwards() {
        Path file = temp.resolve("control/signing-key.properties");
        SigningKey first = LocalKeyFile.loadOrCreate(file, new SecureRandom());
        SigningKey second = LocalKeyFile.loadOrCreate(file, new SecureRandom());
        assertThat(first.id()).matches("local-[0-9a-f]{8}");
        assertThat(second).isEqualTo(first);
        assertThat(first.secret()).hasSize(32);
    }

    @Test
    void a_corrupt_key_file_fails_with_advice_instead_of_a_new_key() throws IOException {
        Path file = temp.resolve("signing-key.properties");
        Files.writeString(file, "kid=local-1\nsecret=short\n");
        assertThatThrownBy(() -> LocalKeyFile.loadOrCreate(file, new SecureRandom()))
                .hasMessageContaining("corrupt").hasMessageContaining(file.toString()).hasMessageNotContaining("short");
    }
}
