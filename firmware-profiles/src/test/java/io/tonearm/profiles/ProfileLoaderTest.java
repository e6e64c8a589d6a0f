package io.tonearm.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {
    final ProfileLoader loader = new ProfileLoader();

    static final String GOOD = String.join("\n",
            "name: test-speaker",
            "device: {type: speaker}",
            "audio: {sink: pipe, device: \"\", buffer-ms: 200, initial-volume: 40}",
            "streaming: {max-quality: 160, chunk-frames: 1024}",
            "hub: {transport: mqtt, url: \"tcp://127.0.0.1:1883\"}",
            "control: {url: \"http://127.0.0.1:8080\"}", "");

    @Test
    void every_built_in_profile_loads() throws Exception {
        for (String name : ProfileLoader.BUILT_IN) {
            Profile p = loader.builtIn(name);
            assertThat(p.name()).isEqualTo(name);
        }
        assertThat(loader.builtIn("car-headunit").deviceType()).isEqualTo("car");
        assertThat(loader.builtIn("car-headunit").streaming().maxQuality()).isEqualTo(160);
    }

    @Test
    void reads_every_field() throws Exception {
        Profile p = loader.parse("t.yaml", GOOD.replace("sink: pipe", "sink: \"null\""));
        assertThat(p.audio().sink()).isEqualTo("null");
        assertThat(p.audio().initialVolume()).isEqualTo(40);
        assertThat(p.hub().url()).isEqualTo("tcp://127.0.0.1:1883");
    }

    @Test
    void an_unknown_key_is_an_error_naming_its_path() {
        String typo = GOOD.replace("buffer-ms: 200", "bufer-ms: 200, buffer-ms: 200");
        assertThatThrownBy(() -> loader.parse("t.yaml", typo))
                .hasMessage("t.yaml: audio.bufer-ms: expected no such key, found an unknown key");
    }

    @Test
    void a_value_out_of_range_names_key_expected_and_found() {
        assertThatThrownBy(() -> loader.parse("t.yaml", GOOD.replace("buffer-ms: 200", "buffer-ms: 0")))
                .hasMessage("t.yaml: audio.buffer-ms: expected a whole number from 10 to 5000, found 0");
        assertThatThrownBy(() -> loader.parse("t.yaml", GOOD.replace("max-quality: 160", "max-quality: 128")))
                .hasMessageContaining("streaming.max-quality: expected 24, 96, 160 or 320, found 128");
    }

    @Test
    void a_missing_key_or_wrong_kind_is_reported() {
        assertThatThrownBy(() -> loader.parse("t.yaml", GOOD.replace("device: {type: speaker}\n", "")))
                .hasMessage("t.yaml: device: expected a value, found nothing (the key is missing)");
        assertThatThrownBy(() -> loader.parse("t.yaml", GOOD.replace("device: {type: speaker}", "device: [1, 2]")))
                .hasMessage("t.yaml: device: expected a mapping, found a list");
        assertThatThrownBy(() -> loader.parse("t.yaml", GOOD.replace("type: speaker", "type: toaster")))
                .hasMessageContaining("device.type: expected one of");
    }

    @Test
    void broken_or_hostile_yaml_is_refused_cleanly() {
        assertThatThrownBy(() -> loader.parse("t.yaml", "")).hasMessageContaining("found an empty file");
        assertThatThrownBy(() -> loader.parse("t.yaml", "name: [unclosed")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> loader.parse("t.yaml", "- a\n- b")).hasMessageContaining("found a list");
        assertThatThrownBy(() -> loader.parse("t.yaml", "a: 1\na: 2")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> loader.parse("t.yaml", "x: !!javax.script.ScriptEngineManager []"))
                .hasMessageContaining("not valid YAML");
        String bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
        assertThatThrownBy(() -> loader.parse("t.yaml", bomb)).isInstanceOf(ProfileException.class);
    }

    @Test
    void unknown_or_malicious_profile_names_are_refused() {
        assertThatThrownBy(() -> loader.builtIn("toaster")).hasMessageContaining("no such profile");
        assertThatThrownBy(() -> loader.builtIn("../../etc/passwd")).hasMessageContaining("not a profile name");
    }

    @Test
    void reads_a_profile_file(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, GOOD);
        assertThat(loader.file(f).audio().sink()).isEqualTo("pipe");
        assertThatThrownBy(() -> loader.parse("t.yaml", GOOD.replace("sink: pipe", "sink: null")))
                .hasMessageContaining("audio.sink: expected one of [alsa, null, pipe, wav], found nothing (YAML reads a bare null");
        Files.write(f, new byte[70 * 1024]);
        assertThatThrownBy(() -> loader.file(f)).hasMessageContaining("larger than");
    }
}
