package io.tonearm.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that is malformed or built to hurt: refused with one clear line, never a hang, a crash or code run. */
class HostileYamlTest {
    final ProfileLoader loader = new ProfileLoader();

    @Test
    void broken_yaml_is_refused_cleanly() {
        assertThatThrownBy(() -> loader.parse("t.yaml", "")).hasMessage("t.yaml: expected a mapping at the top, found an empty file");
        assertThatThrownBy(() -> loader.parse("t.yaml", "name: [unclosed")).hasMessageStartingWith("t.yaml: not valid YAML");
        assertThatThrownBy(() -> loader.parse("t.yaml", "- a\n- b")).hasMessage("t.yaml: expected a mapping at the top, found a list");
        assertThatThrownBy(() -> loader.parse("t.yaml", "just text")).hasMessageContaining("found a string");
        assertThatThrownBy(() -> loader.parse("t.yaml", "a: 1\na: 2")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> loader.parse("t.yaml", "\tname: x")).hasMessageContaining("not valid YAML");
    }

    @Test
    void object_tags_are_refused() {
        assertThatThrownBy(() -> loader.parse("t.yaml", "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> loader.parse("t.yaml", "!!java.io.File [\"/\"]")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.with("cache", "cache: {size-mb: !!binary AAAA}")))
                .hasMessageContaining("cache.size-mb: expected a whole number");
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.with("cache", "cache: !!set {a, b}")))
                .hasMessageContaining("cache: expected a mapping");
    }

    @Test
    void an_alias_bomb_is_refused() {
        String bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
        assertThatThrownBy(() -> loader.parse("t.yaml", bomb)).hasMessageStartingWith("t.yaml: not valid YAML");
        String mapBomb = "a: &a {x: 1, y: 1}\nb: &b {p: *a, q: *a, r: *a}\nc: &c {p: *b, q: *b, r: *b}\nd: &d {p: *c, q: *c, r: *c}\n"
                + "e: {p: *d, q: *d, r: *d}\n";
        assertThatThrownBy(() -> loader.parse("t.yaml", mapBomb)).hasMessageStartingWith("t.yaml: not valid YAML");
    }

    @Test
    void deep_nesting_is_refused_without_a_stack_overflow() {
        assertThatThrownBy(() -> loader.parse("t.yaml", "a: " + "[".repeat(5000) + "]".repeat(5000)))
                .hasMessageStartingWith("t.yaml: not valid YAML");
        assertThatThrownBy(() -> loader.parse("t.yaml", "a: " + "{b: ".repeat(100) + "1" + "}".repeat(100)))
                .hasMessageStartingWith("t.yaml: not valid YAML");
    }

    @Test
    void huge_input_is_refused_before_parsing(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> loader.parse("t.yaml", "a: \"" + "x".repeat(70_000) + "\"")).hasMessage("t.yaml: larger than 65536 bytes");
        Path f = dir.resolve("big.yaml");
        Files.write(f, new byte[70 * 1024]);
        assertThatThrownBy(() -> loader.file(f)).hasMessage(f + ": larger than 65536 bytes");
        Files.writeString(f, Profiles.GOOD + "# " + "y".repeat(64 * 1024));
        assertThatThrownBy(() -> loader.file(f)).hasMessage(f + ": larger than 65536 bytes");
    }

    @Test
    void a_base_that_is_huge_is_refused_naming_it(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("fat.yaml"), ("name: fat\n#" + "z".repeat(80_000)).getBytes(StandardCharsets.UTF_8));
        Path kid = Files.writeString(dir.resolve("kid.yaml"), "name: kid\nextends: fat.yaml\n");
        assertThatThrownBy(() -> loader.file(kid)).hasMessage(dir.resolve("fat.yaml") + ": larger than 65536 bytes");
    }

    @Test
    void special_files_and_missing_files_are_refused_without_reading_forever(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> loader.file(Path.of("/dev/zero"))).hasMessage("/dev/zero: not a regular file");
        assertThatThrownBy(() -> loader.file(dir)).hasMessage(dir + ": not a regular file");
        assertThatThrownBy(() -> loader.file(dir.resolve("none.yaml"))).hasMessage(dir.resolve("none.yaml") + ": no such file");
    }

    @Test
    void text_that_is_not_utf8_is_refused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> loader.file(f)).hasMessage(f + ": not UTF-8 text");
    }

    @Test
    void control_characters_cannot_break_the_error_line_or_drive_the_terminal() {
        String yaml = Profiles.with("x", "\"evil\\nkey\\u001b[31m\": 1");
        assertThatThrownBy(() -> loader.parse("t.yaml", yaml))
                .hasMessage("t.yaml: evil\\u000akey\\u001b[31m: expected no such key, found an unknown key");
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.GOOD.replace("type: speaker", "type: \"a\\rb\"")))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\r").contains("\\u000d"));
        String longKey = "k".repeat(5000);
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.with(longKey, longKey + ": 1")))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void non_text_keys_and_odd_scalars_are_named() {
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.with("1", "1: one"))).hasMessage("t.yaml: 1: expected no such key, found an unknown key");
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.GOOD.replace("buffer-ms: 200", "buffer-ms: 2001-01-01")))
                .hasMessage("t.yaml: audio.buffer-ms: expected a whole number from 10 to 5000, found a date");
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.GOOD.replace("buffer-ms: 200", "buffer-ms: .inf")))
                .hasMessage("t.yaml: audio.buffer-ms: expected a whole number from 10 to 5000, found Infinity");
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.GOOD.replace("buffer-ms: 200", "buffer-ms: 0x7fffffffffff")))
                .hasMessageContaining("found 140737488355327");
    }
}
