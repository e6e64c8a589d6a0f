package io.tonearm.agent.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsignedJarTest {
    @TempDir
    Path dir;

    private static final String MANIFEST = "Manifest-Version: 1.0\r\nMain-Class: a.Main\r\n\r\n"
            + "Name: a/Main.class\r\nSHA-256-Digest: AAAA\r\n\r\n"
            + "Name: a/data.txt\r\nSHA-256-Digest: BBBB\r\nX-Kept: yes\r\n\r\n";

    private Path jar(String... nameThenContent) throws Exception {
        Path jar = dir.resolve("in.jar");
        try (OutputStream f = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(f)) {
            for (int i = 0; i < nameThenContent.length; i += 2) {
                ZipEntry e = new ZipEntry(nameThenContent[i]);
                e.setTime(1_000_000_000_000L);
                z.putNextEntry(e);
                z.write(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void drops_the_signature_files_and_digests_and_keeps_everything_else() throws Exception {
        Path in = jar("META-INF/MANIFEST.MF", MANIFEST, "META-INF/ECLIPSE_.SF", "sig", "META-INF/ECLIPSE_.RSA", "block",
                "META-INF/SIG-X", "x", "META-INF/maven/pom.properties", "version=1", "a/Main.class", "cafebabe",
                "a/data.txt", "hello");
        assertThat(UnsignedJar.isSigned(in)).isTrue();
        Path out = dir.resolve("out.jar");

        UnsignedJar.copy(in, out);

        assertThat(UnsignedJar.isSigned(out)).isFalse();
        try (JarFile j = new JarFile(out.toFile(), true)) {
            assertThat(j.stream().map(JarEntry::getName)).containsExactly("META-INF/MANIFEST.MF",
                    "META-INF/maven/pom.properties", "a/Main.class", "a/data.txt");
            assertThat(j.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("a.Main");
            assertThat(j.getManifest().getEntries()).containsOnlyKeys("a/data.txt");
            assertThat(j.getManifest().getAttributes("a/data.txt").getValue("X-Kept")).isEqualTo("yes");
            JarEntry data = j.getJarEntry("a/data.txt");
            assertThat(new String(j.getInputStream(data).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
            assertThat(data.getCodeSigners()).isNull();
            assertThat(data.getTime()).isEqualTo(1_000_000_000_000L);
        }
    }

    @Test
    void only_signature_block_names_count_as_signatures() {
        assertThat(UnsignedJar.isSignatureFile("META-INF/FOO.SF")).isTrue();
        assertThat(UnsignedJar.isSignatureFile("meta-inf/foo.ec")).isTrue();
        assertThat(UnsignedJar.isSignatureFile("META-INF/sub/FOO.SF")).isFalse();
        assertThat(UnsignedJar.isSignatureFile("META-INF/MANIFEST.MF")).isFalse();
        assertThat(UnsignedJar.isSignatureFile("a/FOO.SF")).isFalse();
    }

    @Test
    void a_real_signed_dependency_loses_its_signature() throws Exception {
        Path signed = DistCommand.readClassPath(DistBuilderTest.CLASS_PATH_FILE).stream()
                .filter(p -> p.getFileName().toString().startsWith("californium-core")).findFirst().orElseThrow();
        assertThat(UnsignedJar.isSigned(signed)).as("californium-core is published signed").isTrue();
        Path out = dir.resolve("cf.jar");

        UnsignedJar.copy(signed, out);

        try (JarFile j = new JarFile(out.toFile(), true)) {
            JarEntry e = j.getJarEntry("org/eclipse/californium/core/CoapServer.class");
            j.getInputStream(e).readAllBytes();
            assertThat(e.getCodeSigners()).isNull();
            assertThat(j.size()).isEqualTo(new JarFile(signed.toFile()).size() - 2);
        }
    }
}
