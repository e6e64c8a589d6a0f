package io.tonearm.agent.app;

import io.tonearm.agent.stream.TrackRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The options of {@code tonearm agent}, parsed strictly: an unknown option, a missing value or a
 * bad value is a {@link UsageException} naming it. Anything not given comes from the profile.
 */
public record AgentOptions(String profile, Optional<String> hubUrl, Optional<String> controlUrl, Optional<String> name,
                           Optional<String> deviceId, Optional<SinkSpec> sink, Optional<Integer> volume,
                           Optional<Path> onEvent, Optional<Boolean> hardwareMixer, boolean normalise,
                           List<TrackRef> keepOffline) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Where sound goes: {@code alsa}, {@code pipe}, {@code null} or {@code wav:FILE}. */
    public record SinkSpec(String kind, Optional<Path> file) {
        public static SinkSpec parse(String text) throws UsageException {
            if (text.startsWith("wav:") && text.length() > 4) {
                return new SinkSpec("wav", Optional.of(Path.of(text.substring(4))));
            }
            if (List.of("alsa", "pipe", "null").contains(text)) {
                return new SinkSpec(text, Optional.empty());
            }
            throw new UsageException("--sink must be alsa, pipe, null or wav:FILE, not \"" + text + "\"");
        }
    }

    public static AgentOptions parse(List<String> args) throws UsageException {
        String profile = null;
        Optional<String> hub = Optional.empty();
        Optional<String> control = Optional.empty();
        Optional<String> name = Optional.empty();
        Optional<String> id = Optional.empty();
        Optional<SinkSpec> sink = Optional.empty();
        Optional<Integer> volume = Optional.empty();
        Optional<Path> onEvent = Optional.empty();
        Optional<Boolean> hardwareMixer = Optional.empty();
        boolean normalise = true;
        List<TrackRef> keepOffline = List.of();
        for (int i = 0; i < args.size(); i++) {
            String opt = args.get(i);
            if (!opt.startsWith("--")) {
                throw new UsageException("unexpected argument \"" + opt + "\"");
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(opt + " needs a value");
            }
            String value = args.get(++i);
            switch (opt) {
                case "--profile":
                    profile = value;
                    break;
                case "--hub":
                    hub = Optional.of(value);
                    break;
                case "--control":
                    control = Optional.of(value);
                    break;
                case "--name":
                    if (value.isBlank() || value.length() > 100) {
                        throw new UsageException("--name must be 1-100 characters");
                    }
                    name = Optional.of(value);
                    break;
                case "--id":
                    if (!ID.matcher(value).matches()) {
                        throw new UsageException("--id must be 1-64 of letters, digits, '.', '_' or '-'");
                    }
                    id = Optional.of(value);
                    break;
                case "--sink":
                    sink = Optional.of(SinkSpec.parse(value));
                    break;
                case "--volume":
                    volume = Optional.of(percent(value));
                    break;
                case "--mixer":
                    if (!value.equals("hardware") && !value.equals("software")) {
                        throw new UsageException("--mixer must be hardware or software, not \"" + value + "\"");
                    }
                    hardwareMixer = Optional.of(value.equals("hardware"));
                    break;
                case "--normalisation":
                    if (!value.equals("on") && !value.equals("off")) {
                        throw new UsageException("--normalisation must be on or off, not \"" + value + "\"");
                    }
                    normalise = value.equals("on");
                    break;
                case "--keep-offline":
                    keepOffline = tracks(value);
                    break;
                case "--onevent":
                    onEvent = Optional.of(program(value));
                    break;
                default:
                    throw new UsageException("unknown option " + opt);
            }
        }
        if (profile == null) {
            throw new UsageException("--profile is required");
        }
        return new AgentOptions(profile, hub, control, name, id, sink, volume, onEvent, hardwareMixer, normalise, keepOffline);
    }

    /** The device id: given, or derived from the name ("Kitchen Speaker" → "kitchen-speaker"). */
    public String resolvedId(String resolvedName) {
        return deviceId.orElseGet(() -> slug(resolvedName));
    }

    /** A device id made from a name: lowercase, runs of other characters become '-'. */
    public static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "device" : slug.substring(0, Math.min(64, slug.length()));
    }

    /** The event program: an executable regular file, run directly (no shell, no arguments). */
    private static Path program(String value) throws UsageException {
        if (value.isBlank() || value.length() > 4096 || value.indexOf('\0') >= 0) {
            throw new UsageException("--onevent needs the path of a program");
        }
        Path p = Path.of(value).toAbsolutePath();
        if (!java.nio.file.Files.isRegularFile(p) || !java.nio.file.Files.isExecutable(p)) {
            throw new UsageException("--onevent " + value + " is not an executable file");
        }
        return p;
    }

    private static int percent(String value) throws UsageException {
        try {
            int v = Integer.parseInt(value);
            if (v >= 0 && v <= 100) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("--volume must be a whole number from 0 to 100, not \"" + value + "\"");
    }

    /** {@code tonearm:track:A,tonearm:track:B}: at most 1000 track uris. */
    private static List<TrackRef> tracks(String value) throws UsageException {
        String[] uris = value.split(",", -1);
        if (uris.length > 1000) {
            throw new UsageException("--keep-offline takes at most 1000 track uris");
        }
        List<TrackRef> out = new java.util.ArrayList<>();
        for (String uri : uris) {
            try {
                out.add(TrackRef.fromUri(uri.strip()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--keep-offline needs track uris (tonearm:track:ID), not \""
                        + uri.replaceAll("\\p{Cntrl}", "?") + "\"");
            }
        }
        return List.copyOf(out);
    }
}
