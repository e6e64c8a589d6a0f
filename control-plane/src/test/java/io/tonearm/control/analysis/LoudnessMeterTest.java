package io.tonearm.control.analysis;

import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reference cases from EBU Tech 3341 (v4, table 1) and ITU-R BS.1770-4. */
class LoudnessMeterTest {

    @Test
    void a_stereo_1khz_sine_at_minus_23_dbfs_measures_minus_23_lufs() {
        // EBU Tech 3341 test 1: -23.0 ± 0.1 LUFS.
        OptionalDouble lufs = LoudnessMeter.integrated(Signals.stereo(48_000, Signals.sine(48_000, 20, 1000, -23)));
        assertThat(lufs.getAsDouble()).isCloseTo(-23.0, within(0.1));
    }

    @Test
    void a_stereo_1khz_sine_at_minus_20_dbfs_measures_minus_20_lufs_at_44_1_khz() {
        // The filters are designed for the actual rate, so 44.1 kHz reads like 48 kHz.
        OptionalDouble lufs = LoudnessMeter.integrated(Signals.stereo(44_100, Signals.sine(44_100, 20, 1000, -20)));
        assertThat(lufs.getAsDouble()).isCloseTo(-20.0, within(0.1));
    }

    @Test
    void a_stereo_sine_at_minus_33_dbfs_measures_minus_33_lufs() {
        // EBU Tech 3341 test 2.
        OptionalDouble lufs = LoudnessMeter.integrated(Signals.stereo(48_000, Signals.sine(48_000, 20, 1000, -33)));
        assertThat(lufs.getAsDouble()).isCloseTo(-33.0, within(0.1));
    }

    @Test
    void one_channel_counts_once_so_a_mono_sine_reads_3_db_lower() {
        OptionalDouble lufs = LoudnessMeter.integrated(new Pcm(48_000, new float[][]{Signals.sine(48_000, 10, 1000, -20)}));
        assertThat(lufs.getAsDouble()).isCloseTo(-23.01, within(0.1));
    }

    @Test
    void the_relative_gate_ignores_quiet_passages() {
        // EBU Tech 3341 test 3: -36 dBFS 10 s, -23 dBFS 60 s, -36 dBFS 10 s → -23.0 ± 0.1.
        float[] x = Signals.concat(Signals.sine(48_000, 10, 1000, -36), Signals.sine(48_000, 60, 1000, -23),
                Signals.sine(48_000, 10, 1000, -36));
        assertThat(LoudnessMeter.integrated(Signals.stereo(48_000, x)).getAsDouble()).isCloseTo(-23.0, within(0.1));
    }

    @Test
    void the_absolute_gate_ignores_near_silence() {
        // EBU Tech 3341 test 4: -72, -36, -23, -36, -72 dBFS for 10, 10, 60, 10, 10 s → -23.0 ± 0.1.
        float[] x = Signals.concat(Signals.sine(48_000, 10, 1000, -72), Signals.sine(48_000, 10, 1000, -36),
                Signals.sine(48_000, 60, 1000, -23), Signals.sine(48_000, 10, 1000, -36),
                Signals.sine(48_000, 10, 1000, -72));
        assertThat(LoudnessMeter.integrated(Signals.stereo(48_000, x)).getAsDouble()).isCloseTo(-23.0, within(0.1));
    }

    @Test
    void silence_and_audio_below_the_absolute_gate_have_no_loudness() {
        assertThat(LoudnessMeter.integrated(Signals.stereo(48_000, new float[48_000 * 5]))).isEmpty();
        assertThat(LoudnessMeter.integrated(Signals.stereo(48_000, Signals.sine(48_000, 5, 1000, -80)))).isEmpty();
    }

    @Test
    void audio_shorter_than_one_400_ms_block_has_no_loudness() {
        assertThat(LoudnessMeter.integrated(Signals.stereo(48_000, Signals.sine(48_000, 0.39, 1000, -20)))).isEmpty();
        assertThat(LoudnessMeter.integrated(Signals.stereo(48_000, Signals.sine(48_000, 0.4, 1000, -20)))).isPresent();
    }

    @Test
    void the_k_weighting_at_48_khz_equals_the_standards_coefficients() {
        // BS.1770-4 Table 1 and Table 2.
        double[] shelf = LoudnessMeter.shelf(48_000);
        assertThat(shelf[0]).isCloseTo(1.53512485958697, within(1e-9));
        assertThat(shelf[1]).isCloseTo(-2.69169618940638, within(1e-9));
        assertThat(shelf[2]).isCloseTo(1.19839281085285, within(1e-9));
        assertThat(shelf[3]).isCloseTo(-1.69065929318241, within(1e-9));
        assertThat(shelf[4]).isCloseTo(0.73248077421585, within(1e-9));
        double[] highPass = LoudnessMeter.highPass(48_000);
        assertThat(highPass[3]).isCloseTo(-1.99004745483398, within(1e-9));
        assertThat(highPass[4]).isCloseTo(0.99007225036621, within(1e-9));
    }

    @Test
    void agrees_with_ffmpegs_ebur128_filter_on_a_music_like_signal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws Exception {
        java.util.Optional<java.nio.file.Path> ffmpeg = java.util.stream.Stream.of(System.getenv()
                        .getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(d -> java.nio.file.Path.of(d, "ffmpeg")).filter(java.nio.file.Files::isExecutable).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(ffmpeg.isPresent(),
                "SKIPPED: ffmpeg not on the PATH (apt-get install ffmpeg); cross-check against its ebur128 filter");
        int rate = 44_100;
        float[] left = Signals.concat(Signals.clicks(rate, 8, 124, 0.6, 5), Signals.sine(rate, 4, 220, -30));
        float[] right = Signals.concat(Signals.sine(rate, 8, 330, -18), Signals.clicks(rate, 4, 90, 0.3, 6));
        Pcm pcm = new Pcm(rate, new float[][]{left, right});
        short[] samples = new short[left.length * 2];
        for (int i = 0; i < left.length; i++) {
            samples[2 * i] = (short) Math.round(Math.max(-1, Math.min(1, left[i])) * 32767);
            samples[2 * i + 1] = (short) Math.round(Math.max(-1, Math.min(1, right[i])) * 32767);
            left[i] = samples[2 * i] / 32768f;
            right[i] = samples[2 * i + 1] / 32768f;
        }
        java.nio.file.Path wav = java.nio.file.Files.write(temp.resolve("x.wav"),
                io.tonearm.control.ingest.TestAudio.wav(rate, 2, samples, java.util.Map.of()));
        Process p = new ProcessBuilder(ffmpeg.get().toString(), "-nostdin", "-nostats", "-i", wav.toString(),
                "-af", "ebur128", "-f", "null", "-").redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Integrated loudness:\\s+I:\\s+(-?[0-9.]+) LUFS")
                .matcher(log);
        assertThat(m.find()).as(log).isTrue();
        double theirs = Double.parseDouble(m.group(1));
        assertThat(LoudnessMeter.integrated(pcm).getAsDouble()).isCloseTo(theirs, within(0.15));
    }
}
