package io.tonearm.sim.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Benchmark (a main, not a test): the resident memory one HTTP client costs in a JVM started with
 * a small device's flags. {@code none}, {@code url} (HttpURLConnection) or {@code http}
 * (java.net.http.HttpClient); one request to a closed port, 3 s of rest, then VmRSS. Run:
 * {@code java -XX:+UseSerialGC -Xss256k -XX:TieredStopAtLevel=1 -Xms8m -Xmx24m -cp simulators/target/test-classes
 * io.tonearm.sim.bench.HttpClientFootprint http}
 */
public final class HttpClientFootprint {
    private HttpClientFootprint() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "none";
        URI closed = URI.create("http://127.0.0.1:9/");
        try {
            if (which.equals("http")) {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(closed).build(), HttpResponse.BodyHandlers.ofString());
            } else if (which.equals("url")) {
                closed.toURL().openConnection().getInputStream().close();
            }
        } catch (java.io.IOException expected) {
            // the port is closed: only the client's own footprint is of interest
        }
        Thread.sleep(3000);
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS")).findFirst().orElse("?");
        System.out.println(which + " " + rss.replaceAll("\\s+", " "));
    }
}
