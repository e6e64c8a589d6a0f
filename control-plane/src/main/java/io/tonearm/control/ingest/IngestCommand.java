package io.tonearm.control.ingest;

import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code tonearm ingest DIR_OR_FILE… [--data-dir DIR]}: ingests audio files into the catalog and
 * media store of a data directory (the control plane must not be running on it: the embedded
 * database is single-process; use {@code POST /v1/ingest} then). Directories are searched
 * recursively for {@code .wav .wave .flac .mp3 .ogg .oga}; files named explicitly are tried
 * whatever their extension. Progress goes to stderr (a bar on a terminal, one line per file
 * otherwise), one result line per file to stdout. Exit 0 when every file was ingested or was a
 * duplicate, 1 when any failed, 2 on a usage error.
 */
public final class IngestCommand {

    static final Set<String> EXTENSIONS = Set.of("wav", "wave", "flac", "mp3", "ogg", "oga");

    private IngestCommand() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err, System.console() != null));
    }

    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) throws Exception {
        List<Path> inputs = new ArrayList<>();
        Path dataDir = Path.of(".tonearm");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                dataDir = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                err.println("usage: tonearm ingest DIR_OR_FILE... [--data-dir DIR]");
                return 2;
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        List<Path> files;
        try {
            files = expand(inputs);
        } catch (IOException | IllegalArgumentException e) {
            err.println("tonearm ingest: " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("tonearm ingest: no audio files (" + String.join(", ", EXTENSIONS) + ") in "
                    + inputs.stream().map(Path::toString).collect(Collectors.joining(" ")));
            return 2;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("tonearm.control.data-dir", dataDir.toString());
        properties.put("logger.levels.io.tonearm", "WARN");
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            Progress progress = new Progress(files.size(), err, terminal);
            long started = System.nanoTime();
            List<IngestOutcome> outcomes = context.getBean(IngestBatch.class).ingest(files, progress::done);
            progress.finish();
            double seconds = (System.nanoTime() - started) / 1e9;
            int failed = 0;
            for (IngestOutcome outcome : outcomes) {
                out.println(line(outcome));
                failed += outcome instanceof IngestOutcome.Failed ? 1 : 0;
            }
            err.printf(Locale.ROOT, "%d files in %.1f s: %d ingested, %d duplicates, %d failed%n", outcomes.size(),
                    seconds, count(outcomes, IngestOutcome.Ingested.class),
                    count(outcomes, IngestOutcome.Duplicate.class), failed);
            return failed == 0 ? 0 : 1;
        }
    }

    static String line(IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Ingested) {
            IngestOutcome.Ingested o = (IngestOutcome.Ingested) outcome;
            return "ingested   " + o.trackId().value() + "  " + o.source() + "  \"" + o.title() + "\" by " + o.artist();
        } else if (outcome instanceof IngestOutcome.Duplicate) {
            IngestOutcome.Duplicate o = (IngestOutcome.Duplicate) outcome;
            return "duplicate  " + o.trackId().value() + "  " + o.source() + "  (already ingested; nothing changed)";
        } else if (outcome instanceof IngestOutcome.Failed) {
            IngestOutcome.Failed o = (IngestOutcome.Failed) outcome;
            return "failed     " + o.source() + ": " + o.message();
        }
        throw new AssertionError("unknown outcome " + outcome);
    }

    private static long count(List<IngestOutcome> outcomes, Class<?> type) {
        return outcomes.stream().filter(type::isInstance).count();
    }

    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(IngestCommand::hasAudioExtension).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + input);
            }
        }
        return files.stream().distinct().collect(Collectors.toList());
    }

    private static boolean hasAudioExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Progress on stderr: a redrawn bar on a terminal, a line per finished file otherwise. Thread-safe. */
    static final class Progress {

        private static final int WIDTH = 30;
        private final int total;
        private final PrintStream err;
        private final boolean terminal;
        private final AtomicInteger done = new AtomicInteger();

        Progress(int total, PrintStream err, boolean terminal) {
            this.total = total;
            this.err = err;
            this.terminal = terminal;
        }

        synchronized void done(IngestOutcome outcome) {
            int n = done.incrementAndGet();
            String what = outcome instanceof IngestOutcome.Failed ? "failed" : outcome instanceof IngestOutcome.Duplicate
                    ? "duplicate" : "ingested";
            if (terminal) {
                int filled = n * WIDTH / total;
                err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + n + "/" + total + "  "
                        + abbreviate(outcome.source()) + "\u001b[K");
            } else {
                err.println("ingest: " + n + "/" + total + " " + what + " " + outcome.source());
            }
            err.flush();
        }

        synchronized void finish() {
            if (terminal) {
                err.println();
            }
        }

        private static String abbreviate(String name) {
            return name.length() <= 40 ? name : name.substring(0, 37) + "...";
        }
    }
}
