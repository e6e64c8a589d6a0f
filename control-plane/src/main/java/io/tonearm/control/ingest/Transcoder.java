package io.tonearm.control.ingest;

import io.tonearm.control.catalog.Quality;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Encodes a WAV file into one rung of the Ogg Vorbis ladder with the first tool found: {@code oggenc}
 * (exactly as {@code samples/generate.sh} makes the sample pack) or {@code ffmpeg} with libvorbis.
 * The ladder: 96, 160 and 320 kbit/s at the source rate (44.1 kHz stereo for CD audio),
 * bitrate-managed; 24 kbit/s at 22.05 kHz mono, because libvorbis cannot reach 24 kbit/s at
 * 44.1 kHz stereo (docs/decisions.md). Each rung's rate and channels are its {@link RungFormat}
 * (mono and odd-rate sources are widened and resampled so libvorbis can reach the bit rate); the
 * channels are mixed by {@link EncoderInputs}, the rate changed by the encoder. The tags go into
 * the output's Vorbis comments. Blocking.
 */
@Singleton
public class Transcoder {

    static final String NO_ENCODER = "Neither ffmpeg nor oggenc was found on the PATH; install one "
            + "(Debian: apt-get install ffmpeg, or apt-get install vorbis-tools)";

    private final ExternalTools tools;

    Transcoder(ExternalTools tools) {
        this.tools = tools;
    }

    /** Fails with {@link IngestException.Reason#NO_TOOL} when neither encoder is installed. */
    void checkAvailable() {
        encoder();
    }

    /** Encodes the rung {@code quality} of {@code inputs}' audio, in its {@link RungFormat}, into {@code out}. */
    void encode(EncoderInputs inputs, Quality quality, Tags tags, Path out) throws IOException {
        Path tool = encoder();
        RungFormat format = RungFormat.of(quality, inputs.sourceRate(), inputs.channels());
        Path wav = inputs.withChannels(format.channels());
        boolean resample = format.sampleRate() != inputs.sourceRate();
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        if (tool.getFileName().toString().equals("oggenc")) {
            command.add("-Q");
            if (resample) {
                command.addAll(List.of("--resample", String.valueOf(format.sampleRate())));
            }
            command.addAll(List.of("--managed", "-b", String.valueOf(quality.kbps())));
            tags.title().ifPresent(t -> command.addAll(List.of("-t", t)));
            tags.artist().ifPresent(t -> command.addAll(List.of("-a", t)));
            tags.album().ifPresent(t -> command.addAll(List.of("-l", t)));
            tags.trackNumber().ifPresent(n -> command.addAll(List.of("-N", String.valueOf(n))));
            tags.year().ifPresent(y -> command.addAll(List.of("-d", String.valueOf(y))));
            command.addAll(List.of("-o", out.toString(), wav.toString()));
        } else {
            String rate = quality.kbps() + "k";
            command.addAll(List.of("-nostdin", "-v", "error", "-i", wav.toString(), "-map_metadata", "-1"));
            if (resample) {
                command.addAll(List.of("-ar", String.valueOf(format.sampleRate())));
            }
            command.addAll(List.of("-c:a", "libvorbis", "-b:a", rate, "-minrate", rate, "-maxrate", rate));
            tags.title().ifPresent(t -> command.addAll(List.of("-metadata", "title=" + t)));
            tags.artist().ifPresent(t -> command.addAll(List.of("-metadata", "artist=" + t)));
            tags.album().ifPresent(t -> command.addAll(List.of("-metadata", "album=" + t)));
            tags.trackNumber().ifPresent(n -> command.addAll(List.of("-metadata", "tracknumber=" + n)));
            tags.year().ifPresent(y -> command.addAll(List.of("-metadata", "date=" + y)));
            command.addAll(List.of("-f", "ogg", "-y", out.toString()));
        }
        ProcessRunner.run(command, tools.timeout(), null);
    }

    private Path encoder() {
        Optional<Path> oggenc = tools.find("oggenc");
        if (oggenc.isPresent()) {
            return oggenc.get();
        }
        return tools.find("ffmpeg").orElseThrow(() -> new IngestException(IngestException.Reason.NO_TOOL, NO_ENCODER));
    }
}
