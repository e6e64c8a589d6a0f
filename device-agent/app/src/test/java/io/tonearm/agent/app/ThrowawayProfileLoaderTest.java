package io.tonearm.agent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.profiles.Profile;
import io.tonearm.profiles.ProfileException;
import io.tonearm.profiles.ProfileLoader;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile read in a throw-away class loader is the profile, errors and all, and the loader really goes away. */
class ThrowawayProfileLoaderTest {

    @Test
    void every_built_in_profile_reads_as_the_loader_in_the_application_class_loader_reads_it() throws Exception {
        for (String name : ProfileLoader.BUILT_IN) {
            assertThat(ThrowawayProfileLoader.load(name)).as(name).isEqualTo(new ProfileLoader().load(name));
        }
    }

    @Test
    void a_profile_file_extending_a_sibling_file_reads_the_same(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("family.yaml"), "name: family\nextends: rpi-zero-2w\naudio: {buffer-ms: 400}\n");
        Path child = Files.writeString(dir.resolve("board.yaml"), "name: board\nextends: family.yaml\nstreaming: {max-quality: 96}\n");
        Profile p = ThrowawayProfileLoader.load(child.toString());
        assertThat(p).isEqualTo(new ProfileLoader().load(child.toString()));
        assertThat(p.name()).isEqualTo("board");
        assertThat(p.audio().bufferMs()).isEqualTo(400);
        assertThat(p.hub().transports()).containsExactly(Profile.Transport.MQTT);
    }

    @Test
    void broken_profiles_give_the_same_errors(@TempDir Path dir) throws Exception {
        List<String> cases = new ArrayList<>(List.of("no-such-profile", "../etc/passwd", "Bad Name",
                dir.resolve("missing.yaml").toString()));
        cases.add(Files.writeString(dir.resolve("unknown.yaml"), "name: u\nextends: rpi-4\naudio: {bufer-ms: 1}\n").toString());
        cases.add(Files.writeString(dir.resolve("range.yaml"), "name: r\nextends: rpi-4\naudio: {buffer-ms: 0}\n").toString());
        cases.add(Files.writeString(dir.resolve("syntax.yaml"), "name: [unclosed\n").toString());
        cases.add(Files.writeString(dir.resolve("dup.yaml"), "name: a\nname: b\n").toString());
        cases.add(Files.writeString(dir.resolve("list.yaml"), "- a\n- b\n").toString());
        cases.add(Files.writeString(dir.resolve("empty.yaml"), "").toString());
        cases.add(Files.writeString(dir.resolve("loop.yaml"), "name: loop\nextends: loop.yaml\n").toString());
        cases.add(Files.writeString(dir.resolve("tag.yaml"), "name: !!java.io.File /tmp\nextends: rpi-4\n").toString());
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        cases.add(latin1.toString());
        cases.add(Files.writeString(dir.resolve("huge.yaml"), "# " + "x".repeat(70_000) + "\n").toString());
        for (String nameOrFile : cases) {
            String expected = message(() -> new ProfileLoader().load(nameOrFile));
            assertThat(expected).as(nameOrFile).isNotNull();
            assertThatThrownBy(() -> ThrowawayProfileLoader.load(nameOrFile)).as(nameOrFile)
                    .isExactlyInstanceOf(ProfileException.class).hasMessage(expected);
        }
    }

    @Test
    void snakeyaml_and_the_reader_live_in_their_own_loader_which_can_be_collected() throws Exception {
        AtomicReference<WeakReference<ClassLoader>> seen = new AtomicReference<>();
        Profile p = ThrowawayProfileLoader.load("constrained-coap", loader -> seen.set(new WeakReference<>(loader)));
        assertThat(p.getClass().getClassLoader()).isSameAs(ThrowawayProfileLoader.class.getClassLoader());
        assertThat(p.hub().transports().get(0).getClass().getClassLoader()).isSameAs(Profile.class.getClassLoader());
        assertThat(seen.get()).isNotNull();
        assertThat(seen.get().get()).isNotSameAs(ThrowawayProfileLoader.class.getClassLoader())
                .isInstanceOf(java.net.URLClassLoader.class);
        assertThat(seen.get().get().loadClass("org.yaml.snakeyaml.Yaml").getClassLoader()).isSameAs(seen.get().get());
        for (int i = 0; i < 50 && seen.get().get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(seen.get().get()).as("the profile loader's class loader is still reachable after loading").isNull();
    }

    @Test
    void finds_the_class_path_entries_of_the_loader_and_snakeyaml() {
        assertThat(ThrowawayProfileLoader.codeSources(ThrowawayProfileLoader.class.getClassLoader())).hasSize(2)
                .allMatch(u -> u.getProtocol().equals("file"));
        assertThat(ThrowawayProfileLoader.codeSources(new ClassLoader(null) { })).isEmpty();
    }

    private interface Load {
        void run() throws Exception;
    }

    private static String message(Load load) {
        try {
            load.run();
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }
}
