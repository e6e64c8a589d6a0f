package io.tonearm.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InheritanceTest {
    final ProfileLoader loader = new ProfileLoader();
    @TempDir
    Path dir;

    private Path write(String file, String yaml) throws IOException {
        return Files.writeString(dir.resolve(file), yaml);
    }

    @Test
    void a_child_states_only_what_differs_and_wins_key_by_key() throws Exception {
        Profile p = loader.parse("kid.yaml", "name: kid\nextends: base\naudio: {buffer-ms: 250}\ncapabilities: {display: true}\n");
        Profile base = loader.builtIn("base");
        assertThat(p.name()).isEqualTo("kid");
        assertThat(p.audio().bufferMs()).isEqualTo(250);
        assertThat(p.audio().initialVolume()).isEqualTo(base.audio().initialVolume());
        assertThat(p.capabilities()).isEqualTo(new Profile.Capabilities(true, false, true, true));
        assertThat(p.jvm()).isEqualTo(base.jvm());
    }

    @Test
    void a_list_replaces_the_inherited_list() throws Exception {
        Profile p = loader.parse("kid.yaml", "name: kid\nextends: base\njvm: {flags: [-Xmx16m]}\n");
        assertThat(p.jvm().flags()).containsExactly("-Xmx16m");
        assertThat(p.jvm().memoryBudgetMb()).isEqualTo(loader.builtIn("base").jvm().memoryBudgetMb());
    }

    @Test
    void a_tilde_removes_an_inherited_key() throws Exception {
        Profile p = loader.parse("kid.yaml", "name: kid\nextends: rpi-4\ngpio: ~\nhub: {transports: [coap], mqtt-url: ~, "
                + "coap-url: \"coap://hub:5683\"}\n");
        assertThat(p.gpio().isEmpty()).isTrue();
        assertThat(p.hub().mqttUrl()).isEmpty();
        Profile rate = loader.parse("kid.yaml", "name: kid\nextends: smart-tv\naudio: {sample-rate: ~}\n");
        assertThat(rate.audio().sampleRate()).isEmpty();
    }

    @Test
    void removing_a_required_key_is_an_error_naming_the_file_that_removed_it() {
        assertThatThrownBy(() -> loader.parse("kid.yaml", "name: kid\nextends: base\naudio: {sink: null}\n"))
                .hasMessage("kid.yaml: audio.sink: expected a value, found nothing (YAML reads a bare null or ~ as nothing, "
                        + "which removes the key; quote it: \"null\")");
        assertThatThrownBy(() -> loader.parse("kid.yaml", "name: kid\nextends: constrained-coap\nhub: {transports: [mqtt]}\n"))
                .hasMessage("kid.yaml: hub.mqtt-url: expected a value, found nothing (the key is missing; constrained-coap.yaml "
                        + "removes it with ~)");
    }

    @Test
    void an_inherited_url_for_a_dropped_transport_is_an_error_until_removed() {
        assertThatThrownBy(() -> loader.parse("kid.yaml", "name: kid\nextends: base\nhub: {transports: [coap], coap-url: \"coap://h\"}\n"))
                .hasMessageStartingWith("base.yaml: hub.mqtt-url: expected no mqtt-url (hub.transports does not list mqtt; in a "
                        + "profile that extends another, remove an inherited one with ~)");
    }

    @Test
    void the_name_is_never_inherited() {
        assertThatThrownBy(() -> loader.parse("kid.yaml", "extends: base\n"))
                .hasMessage("kid.yaml: name: expected a value, found nothing (the key is missing)");
    }

    @Test
    void an_error_names_the_file_that_holds_the_bad_value() throws Exception {
        write("home-base.yaml", Profiles.GOOD.replace("buffer-ms: 200", "buffer-ms: 0").replace("display: false", "display: false, "
                + "dispaly: true"));
        Path kid = write("kid.yaml", "name: kid\nextends: home-base.yaml\naudio: {buffer-ms: 300}\n");
        assertThatThrownBy(() -> loader.file(kid))
                .hasMessage(dir.resolve("home-base.yaml") + ": capabilities.dispaly: expected no such key, found an unknown key");
        write("home-base.yaml", Profiles.GOOD);
        assertThat(loader.file(kid).audio().bufferMs()).isEqualTo(300);
        write("kid.yaml", "name: kid\nextends: home-base.yaml\naudio: {buffer-ms: 1}\n");
        assertThatThrownBy(() -> loader.file(kid)).hasMessage(kid + ": audio.buffer-ms: expected a whole number from 10 to 5000, found 1");
        write("kid.yaml", "name: kid\nextends: home-base.yaml\naudio: {buffer-ms: 300}\n");
        write("home-base.yaml", Profiles.GOOD.replace("initial-volume: 40", "initial-volume: 400"));
        assertThatThrownBy(() -> loader.file(kid)).hasMessage(dir.resolve("home-base.yaml")
                + ": audio.initial-volume: expected a whole number from 0 to 100, found 400");
    }

    @Test
    void a_sibling_chain_of_files_merges_from_the_root_down() throws Exception {
        write("a.yaml", Profiles.GOOD);
        write("b.yaml", "name: b\nextends: a.yaml\ncache: {size-mb: 7}\naudio: {initial-volume: 9}\n");
        Path c = write("c.yaml", "name: c\nextends: b.yaml\ncache: {size-mb: 8}\n");
        Profile p = loader.file(c);
        assertThat(p.name()).isEqualTo("c");
        assertThat(p.cache().sizeMb()).isEqualTo(8);
        assertThat(p.audio().initialVolume()).isEqualTo(9);
        assertThat(p.audio().sink()).isEqualTo("pipe");
    }

    @Test
    void a_cycle_is_an_error_naming_the_chain() throws Exception {
        Path a = write("a.yaml", "name: a\nextends: b.yaml\n");
        write("b.yaml", "name: b\nextends: a.yaml\n");
        assertThatThrownBy(() -> loader.file(a)).hasMessage(dir.resolve("b.yaml") + ": extends: expected a chain without cycles, found "
                + a + " -> " + dir.resolve("b.yaml") + " -> " + a);
        Path self = write("self.yaml", "name: self\nextends: self.yaml\n");
        assertThatThrownBy(() -> loader.file(self)).hasMessageContaining("expected a chain without cycles, found " + self + " -> " + self);
    }

    @Test
    void a_chain_of_eight_extends_loads_and_nine_is_an_error_naming_it() throws Exception {
        write("p0.yaml", Profiles.GOOD);
        for (int i = 1; i <= 9; i++) {
            write("p" + i + ".yaml", "name: p" + i + "\nextends: p" + (i - 1) + ".yaml\ncache: {size-mb: " + i + "}\n");
        }
        assertThat(loader.file(dir.resolve("p8.yaml")).cache().sizeMb()).isEqualTo(8);
        assertThatThrownBy(() -> loader.file(dir.resolve("p9.yaml")))
                .hasMessageStartingWith(dir.resolve("p9.yaml") + ": extends: expected a chain of at most 8 extends, found "
                        + dir.resolve("p9.yaml") + " -> " + dir.resolve("p8.yaml"))
                .hasMessageEndingWith(dir.resolve("p1.yaml") + " -> p0.yaml -> …");
    }

    @Test
    void a_missing_base_is_an_error_naming_it() throws Exception {
        assertThatThrownBy(() -> loader.parse("kid.yaml", "name: kid\nextends: smart-toaster\n"))
                .hasMessage("kid.yaml: extends: expected a built-in profile (base, smart-speaker, car-headunit, smart-tv, rpi-zero-2w, "
                        + "rpi-4, constrained-coap) or a sibling .yaml file, found \"smart-toaster\", which is neither");
        Path kid = write("kid.yaml", "name: kid\nextends: gone.yaml\n");
        assertThatThrownBy(() -> loader.file(kid))
                .hasMessage(kid + ": extends: expected a built-in profile or a sibling .yaml file, found \"gone.yaml\", which does not exist beside it");
        assertThatThrownBy(() -> loader.parse("kid.yaml", "name: kid\nextends: gone.yaml\n"))
                .hasMessageContaining("kid.yaml: extends: expected a built-in profile's name (only a profile file can extend a sibling file)");
    }

    @Test
    void extends_must_name_a_sibling_not_a_path() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        write("sub/x.yaml", Profiles.GOOD);
        for (String ref : new String[] {"../x.yaml", "sub/x.yaml", "/etc/passwd.yaml", "~/x.yaml", "BASE", "", "a b.yaml"}) {
            Path kid = write("kid.yaml", "name: kid\nextends: \"" + ref + "\"\n");
            assertThatThrownBy(() -> loader.file(kid)).hasMessageStartingWith(kid + ": extends: expected a built-in profile's name "
                    + "or a sibling file's name ending in .yaml, found \"" + ref + "\"");
        }
        Path number = write("kid.yaml", "name: kid\nextends: 5\n");
        assertThatThrownBy(() -> loader.file(number)).hasMessageEndingWith("found 5");
        Path list = write("kid.yaml", "name: kid\nextends: [base]\n");
        assertThatThrownBy(() -> loader.file(list)).hasMessageEndingWith("found a list");
        Path dirBase = write("kid.yaml", "name: kid\nextends: sub.yaml\n");
        Files.createDirectories(dir.resolve("sub.yaml"));
        assertThatThrownBy(() -> loader.file(dirBase)).hasMessage(dir.resolve("sub.yaml") + ": not a regular file");
    }

    @Test
    void a_base_can_be_a_built_in_chain() throws Exception {
        Profile zero = loader.builtIn("rpi-zero-2w");
        assertThat(zero.gpio()).isEqualTo(loader.builtIn("rpi-4").gpio());
        assertThat(zero.control()).isEqualTo(loader.builtIn("base").control());
        assertThat(zero.audio().sampleRate()).isEqualTo(Optional.empty());
    }
}
