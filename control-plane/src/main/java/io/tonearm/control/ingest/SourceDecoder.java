package io.tonearm.control.ingest;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.analysis.Pcm;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a source file into PCM and tags. WAV is read in Java ({@link WavFile}); anything else is
 * probed with {@code ffprobe} (its JSON: an audio stream must exist, tags from the container and
 * the stream) and decoded with {@code ffmpeg} to 32-bit float WAV; without ffmpeg, Ogg Vorbis is
 * decoded with {@code oggdec} and its tags read with {@code vorbiscomment}. Blocking; runs tools
 * under {@link ExternalTools#timeout()}.
 */
@Singleton
public class SourceDecoder {

    /** The longest source ingestion accepts, so one file cannot exhaust memory (~1.3 GB at 192 kHz 8 ch). */
    static final int MAX_SECONDS = 30 * 60;

    record Decoded(Pcm pcm, Tags tags) {
    }

    private final ExternalTools tools;
    private final JsonMapper json;

    SourceDecoder(ExternalTools tools, JsonMapper json) {
        this.tools = tools;
        this.json = json;
    }

    Decoded decode(Path source, Path workDir) throws IOException {
        if (Files.size(source) == 0) {
            throw new IngestException(IngestException.Reason.SILENT, source.getFileName() + " is empty");
        }
        boolean wav = WavFile.isWav(source);
        Optional<Path> ffmpeg = tools.find("ffmpeg");
        Optional<Path> ffprobe = tools.find("ffprobe");
        if (wav) {
            try {
                WavFile.Contents contents = WavFile.read(source, MAX_SECONDS);
                return new Decoded(contents.pcm(), contents.tags());
            } catch (IngestException e) {
                // A WAV this reader does not handle (ADPCM, µ-law, …) may still decode with ffmpeg.
                if (e.reason() != IngestException.Reason.NOT_AUDIO || ffmpeg.isEmpty() || ffprobe.isEmpty()) {
                    throw e;
                }
            }
        }
        Path decoded = workDir.resolve("decoded.wav");
        if (ffmpeg.isPresent() && ffprobe.isPresent()) {
            Tags tags = probe(ffprobe.get(), source);
            run(List.of(ffmpeg.get().toString(), "-nostdin", "-v", "error", "-i", source.toString(), "-map", "0:a:0",
                    "-vn", "-t", String.valueOf(MAX_SECONDS + 1), "-c:a", "pcm_f32le", "-f", "wav", "-y",
                    decoded.toString()), null, IngestException.Reason.NOT_AUDIO);
            return new Decoded(WavFile.read(decoded, MAX_SECONDS).pcm(), tags);
        }
        Optional<Path> oggdec = tools.find("oggdec");
        if (isOgg(source) && oggdec.isPresent()) {
            run(List.of(oggdec.get().toString(), "-Q", "-o", decoded.toString(), source.toString()), null,
                    IngestException.Reason.NOT_AUDIO);
            return new Decoded(WavFile.read(decoded, MAX_SECONDS).pcm(), vorbisComments(source));
        }
        throw new IngestException(wav || isOgg(source) ? IngestException.Reason.NOT_AUDIO : IngestException.Reason.NO_TOOL,
                source.getFileName() + ": decoding this file needs ffmpeg and ffprobe on the PATH (Debian: "
                        + "apt-get install ffmpeg); only WAV, and Ogg Vorbis with oggdec, can be read without them");
    }

    private Tags probe(Path ffprobe, Path source) throws IOException {
        byte[] out = run(List.of(ffprobe.toString(), "-v", "error", "-print_format", "json", "-show_format",
                "-show_streams", source.toString()), null, IngestException.Reason.NOT_AUDIO);
        JsonNode root = json.readValue(out, JsonNode.class);
        JsonNode streams = root == null ? null : root.get("streams");
        Map<String, String> tags = new HashMap<>();
        boolean audio = false;
        if (streams != null && streams.isArray()) {
            for (JsonNode stream : streams.values()) {
                JsonNode type = stream.get("codec_type");
                if (type != null && type.isString() && "audio".equals(type.getStringValue())) {
                    audio = true;
                    collect(stream.get("tags"), tags);
                }
            }
        }
        if (!audio) {
            throw new IngestException(IngestException.Reason.NOT_AUDIO, source.getFileName() + " has no audio stream");
        }
        collect(root.get("format") == null ? null : root.get("format").get("tags"), tags);
        return fromMap(tags);
    }

    private static void collect(JsonNode node, Map<String, String> into) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.entries()) {
            if (e.getValue().isString()) {
                into.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue().getStringValue());
            }
        }
    }

    private Tags vorbisComments(Path source) {
        Optional<Path> tool = tools.find("vorbiscomment");
        if (tool.isEmpty()) {
            return Tags.none();
        }
        byte[] out = run(List.of(tool.get().toString(), "-l", "-R", source.toString()), null,
                IngestException.Reason.NOT_AUDIO);
        Map<String, String> tags = new HashMap<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                tags.putIfAbsent(line.substring(0, eq).toLowerCase(Locale.ROOT), line.substring(eq + 1));
            }
        }
        return fromMap(tags);
    }

    private static Tags fromMap(Map<String, String> tags) {
        String track = tags.containsKey("track") ? tags.get("track") : tags.get("tracknumber");
        String date = tags.containsKey("date") ? tags.get("date") : tags.get("year");
        return Tags.of(tags.get("title"), tags.get("artist"), tags.get("album"), date, track);
    }

    private byte[] run(List<String> command, Path stdout, IngestException.Reason failure) {
        try {
            return ProcessRunner.run(new ArrayList<>(command), tools.timeout(), stdout);
        } catch (ToolFailedException e) {
            if (e.timedOut()) {
                throw e;
            }
            throw new IngestException(failure, e.getMessage(), e);
        }
    }

    static boolean isOgg(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'O' && head[1] == 'g' && head[2] == 'g' && head[3] == 'S';
        }
    }
}
