package io.tonearm.profiles;

import static io.tonearm.profiles.Profiles.GOOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {
    final ProfileLoader loader = new ProfileLoader();

    @Test
    void reads_every_field() throws Exception {
        Profile p = loader.parse("t.yaml", GOOD.replace("sink: pipe", "sink: \"null\""));
        assertThat(p.name()).isEqualTo("test-speaker");
        assertThat(p.audio()).isEqualTo(new Profile.Audio("null", "", 200, 40, Optional.empty()));
        assertThat(p.streaming()).isEqualTo(new Profile.Streaming(160, 1024, 512, 2000));
        assertThat(p.hub()).isEqualTo(new Profile.Hub(List.of(Profile.Transport.MQTT), Optional.of("tcp://127.0.0.1:1883"),
                Optional.empty()));
        assertThat(p.control().url()).isEqualTo("http://127.0.0.1:8080");
        assertThat(p.cache().sizeMb()).isEqualTo(64);
        assertThat(p.jvm()).isEqualTo(new Profile.Jvm(List.of("-XX:+UseSerialGC", "-Xmx32m"), 64));
        assertThat(p.gpio()).isEqualTo(Profile.Gpio.NONE);
        assertThat(p.capabilities()).isEqualTo(new Profile.Capabilities(true, false, false, true));
    }

    @Test
    void an_unknown_key_is_an_error_naming_its_path() {
        String typo = GOOD.replace("buffer-ms: 200", "bufer-ms: 200, buffer-ms: 200");
        assertThatThrownBy(() -> loader.parse("t.yaml", typo))
                .hasMessage("t.yaml: audio.bufer-ms: expected no such key, found an unknown key");
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.with("colour", "colour: red")))
                .hasMessage("t.yaml: colour: expected no such key, found an unknown key");
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.with("hub", "hub: {transports: [mqtt], mqtt-url: \"tcp://h:1\", "
                + "url: \"tcp://h:1\"}"))).hasMessage("t.yaml: hub.url: expected no such key, found an unknown key");
    }

    @Test
    void the_old_single_transport_keys_are_refused_with_their_path() {
        String old = Profiles.with("hub", "hub: {transport: mqtt, url: \"tcp://127.0.0.1:1883\"}");
        assertThatThrownBy(() -> loader.parse("t.yaml", old))
                .hasMessage("t.yaml: hub.transports: expected a value, found nothing (the key is missing)");
    }

    @Test
    void a_value_out_of_range_names_key_expected_and_found() {
        assertThatThrownBy(() -> loader.parse("t.yaml", GOOD.replace("buffer-ms: 200", "buffer-ms: 0")))
                .hasMessage("t.yaml: audio.buffer-ms: expected a whole number from 10 to 5000, found 0");
        assertThatThrownBy(() -> loader.parse("t.yaml", GOOD.replace("max-quality: 160", "max-quality: 128")))
                .hasMessage("t.yaml: streaming.max-quality: expected 24, 96, 160 or 320, found 128");
    }

    @Test
    void a_missing_key_or_wrong_kind_is_reported() {
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.without("device")))
                .hasMessage("t.yaml: device: expected a value, found nothing (the key is missing)");
        assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.with("device", "device: [1, 2]")))
                .hasMessage("t.yaml: device: expected a mapping, found a list");
        assertThatThrownBy(() -> loader.parse("t.yaml", GOOD.replace("type: speaker", "type: toaster")))
                .hasMessageContaining("device.type: expected one of");
        for (String key : List.of("cache", "jvm", "capabilities", "streaming", "hub")) {
            assertThatThrownBy(() -> loader.parse("t.yaml", Profiles.without(key)))
                    .hasMessage("t.yaml: " + key + ": expected a value, found nothing (the key is missing)");
        }
    }

    @Test
    void a_bare_null_is_nothing_and_the_message_says_to_quote_it() {
        assertThatThrownBy(() -> loader.parse("t.yaml", GOOD.replace("sink: pipe", "sink: null")))
                .hasMessage("t.yaml: audio.sink: expected a value, found nothing (YAML reads a bare null or ~ as nothing, "
                        + "which removes the key; quote it: \"null\")");
    }

    @Test
    void unknown_or_malicious_profile_names_are_refused() {
        assertThatThrownBy(() -> loader.builtIn("toaster")).hasMessageContaining("toaster: no such profile; built in: base,");
        assertThatThrownBy(() -> loader.builtIn("../../etc/passwd")).hasMessageContaining("not a profile name");
        assertThatThrownBy(() -> loader.load("../../etc/passwd")).hasMessageContaining("not a profile name");
        assertThatThrownBy(() -> loader.load("nul\0l.yaml")).hasMessage("nul\\u0000l.yaml: not a usable file name");
    }

    @Test
    void reads_a_profile_file_and_names_it_as_given(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, GOOD);
        assertThat(loader.file(f).audio().sink()).isEqualTo("pipe");
        assertThat(loader.load(f.toString()).audio().sink()).isEqualTo("pipe");
        Files.writeString(f, GOOD.replace("buffer-ms: 200", "buffer-ms: 0"));
        assertThatThrownBy(() -> loader.load(f.toString())).hasMessageStartingWith(f + ": audio.buffer-ms:");
    }

    @Test
    void names_ending_in_yaml_are_files_and_others_built_in() {
        assertThat(ProfileLoader.namesFile("a.yaml")).isTrue();
        assertThat(ProfileLoader.namesFile("dir/a.YML")).isTrue();
        assertThat(ProfileLoader.namesFile("smart-speaker")).isFalse();
    }
}
