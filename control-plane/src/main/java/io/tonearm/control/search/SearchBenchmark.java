package io.tonearm.control.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Measures search latency over an existing index (normally the 1M-track synthetic catalog):
 * typical queries (a whole title or artist name), typo queries (one word misspelt), as-you-type
 * prefixes and field queries ({@code artist:}, {@code album:}, {@code year:}), each asking for
 * tracks, artists and albums at once, as a client's search box does. Queries are sampled from the
 * index itself with a fixed seed. In-process (index only, read-only, so the service may be
 * running) and, with {@code --url}, over HTTP. Reports, asserts nothing. A CLI entry point.
 */
public final class SearchBenchmark {

    private static final java.util.Set<SearchType> TYPES =
            java.util.EnumSet.of(SearchType.TRACK, SearchType.ARTIST, SearchType.ALBUM);

    private SearchBenchmark() {
    }

    public static int run(Map<String, String> options) throws Exception {
        Path dataDir = Path.of(options.getOrDefault("--data-dir", ".tonearm"));
        int n = Integer.parseInt(options.getOrDefault("--queries", "2000"));
        SearchQueryParser parser = new SearchQueryParser();
        try (LuceneSearchIndex index = LuceneSearchIndex.openReadOnly(SearchIndexFactory.indexDir(dataDir))) {
            System.out.printf("Index: %,d documents (%s)%n", index.size(), index.fingerprint().orElse("?"));
            Random random = new Random(42);
            Map<String, List<String>> sets = new java.util.LinkedHashMap<>();
            List<String[]> tracks = index.sample(SearchType.TRACK, n, random);
            List<String[]> artists = index.sample(SearchType.ARTIST, n, random);
            sets.put("typical", mix(tracks, artists, random, (s) -> s + " "));
            sets.put("typo", mix(tracks, artists, random, s -> typo(s, random) + " "));
            sets.put("prefix", mix(tracks, artists, random, s -> prefix(s, random)));
            sets.put("field", fields(tracks, random));
            for (int round = 0; round < 2; round++) { // warm up: JIT and page cache
                for (List<String> queries : sets.values()) {
                    for (String q : queries) {
                        search(index, parser, q);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "Machine: %d cores, load average %.1f%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("In-process (index only; tracks+artists+albums per query, limit 20):");
            for (Map.Entry<String, List<String>> set : sets.entrySet()) {
                report(set.getKey(), set.getValue(), q -> search(index, parser, q), true);
            }
            List<String> all = new ArrayList<>();
            sets.values().forEach(all::addAll);
            for (int threads : new int[]{1, 2}) {
                System.out.printf(Locale.ROOT, "  throughput, %d thread(s): %.0f queries/s%n", threads,
                        throughput(all, threads, q -> search(index, parser, q)));
            }
            if (options.containsKey("--url")) {
                http(options.get("--url"), sets);
            }
        }
        return 0;
    }

    private static void http(String base, Map<String, List<String>> sets) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Function<String, Object> get = q -> {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/search?type="
                        + "track,artist,album&limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + r.statusCode() + " for q=" + q);
                }
                return r;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
        sets.values().forEach(qs -> qs.subList(0, Math.min(300, qs.size())).forEach(get::apply));
        System.out.println("Over HTTP (" + base + ", hydrated from the database, one client):");
        for (Map.Entry<String, List<String>> set : sets.entrySet()) {
            report(set.getKey(), set.getValue().subList(0, Math.min(500, set.getValue().size())), get, false);
        }
    }

    private static Object search(LuceneSearchIndex index, SearchQueryParser parser, String q) {
        try {
            return index.search(parser.parse(q), TYPES, 0, 20).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Wall-clock latency, and the CPU time of the measuring thread per query: on a shared machine
     * the wall clock includes waiting for a core, the CPU time does not (for HTTP it only counts
     * the client's side, so it is not printed there).
     */
    private static void report(String name, List<String> queries, Function<String, Object> run, boolean showCpu) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[queries.size()];
        long[] cpuNanos = new long[queries.size()];
        long started = System.nanoTime();
        for (int i = 0; i < nanos.length; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            run.apply(queries.get(i));
            nanos[i] = System.nanoTime() - t;
            cpuNanos[i] = cpu.getCurrentThreadCpuTime() - c;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        String cpuText = showCpu ? String.format(Locale.ROOT, " | cpu p50 %.2f ms  p99 %.2f ms",
                cpuNanos[nanos.length / 2] / 1e6, cpuNanos[(int) (nanos.length * 0.99)] / 1e6) : "";
        System.out.printf(Locale.ROOT, "  %-8s n=%d  wall p50 %.2f ms  p99 %.2f ms  max %.2f ms%s | %.0f q/s   e.g. %s%n",
                name, nanos.length, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos[nanos.length - 1] / 1e6, cpuText, nanos.length / seconds, queries.subList(0, 3));
    }

    private static double throughput(List<String> queries, int threads, Function<String, Object> run)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench"));
        try {
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    for (int i = offset; i < queries.size(); i += threads) {
                        run.apply(queries.get(i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return queries.size() / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** Half track titles, half artist names, transformed. */
    private static List<String> mix(List<String[]> tracks, List<String[]> artists, Random random,
                                    Function<String, String> f) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            out.add(f.apply(random.nextBoolean() ? tracks.get(i)[0] : artists.get(i % artists.size())[0]));
        }
        return out;
    }

    /** One word of five or more letters misspelt: two letters swapped, one dropped or one replaced. */
    static String typo(String s, Random random) {
        String[] words = s.split(" ");
        List<Integer> longWords = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 5) {
                longWords.add(i);
            }
        }
        if (longWords.isEmpty()) {
            return s;
        }
        int w = longWords.get(random.nextInt(longWords.size()));
        StringBuilder word = new StringBuilder(words[w]);
        int at = 1 + random.nextInt(word.length() - 2);
        switch (random.nextInt(3)) {
            case 0:
                char c = word.charAt(at);
                word.setCharAt(at, word.charAt(at + 1));
                word.setCharAt(at + 1, c);
                break;
            case 1:
                word.deleteCharAt(at);
                break;
            default:
                word.setCharAt(at, (char) ('a' + random.nextInt(26)));
        }
        words[w] = word.toString();
        return String.join(" ", words);
    }

    /** The text as typed so far: cut after 2 characters or more, never at a space. */
    static String prefix(String s, Random random) {
        int cut = Math.min(s.length(), 2 + random.nextInt(Math.max(1, s.length() - 1)));
        return s.substring(0, cut).stripTrailing();
    }

    private static List<String> fields(List<String[]> tracks, Random random) {
        List<String> out = new ArrayList<>();
        for (String[] t : tracks) {
            String[] artistWords = t[1].split(" ");
            String artistWord = artistWords[random.nextInt(artistWords.length)];
            int decade = 1960 + 10 * random.nextInt(7);
            switch (random.nextInt(3)) {
                case 0:
                    out.add("artist:\"" + t[1] + "\" year:" + decade + "-" + (decade + 9));
                    break;
                case 1:
                    out.add(t[0].split(" ")[0] + " artist:" + artistWord);
                    break;
                default:
                    out.add("album:\"" + t[2] + "\" year:" + decade + "-" + (decade + 9));
            }
        }
        return out;
    }
}
