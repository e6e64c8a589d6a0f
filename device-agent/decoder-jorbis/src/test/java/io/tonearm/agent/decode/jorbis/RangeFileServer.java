package io.tonearm.agent.decode.jorbis;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test audio server on an ephemeral loopback port: serves byte arrays by path with single-range
 * Range support (RFC 9110 §14), at a bandwidth limit that can change while it runs (0: unlimited).
 */
final class RangeFileServer implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicLong bitsPerSecond = new AtomicLong();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicLong> bytesServed = new ConcurrentHashMap<>();

    RangeFileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "range-file-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    RangeFileServer put(String path, byte[] bytes) {
        files.put(path, bytes);
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void limit(long bps) {
        bitsPerSecond.set(bps);
    }

    int requests() {
        return requests.get();
    }

    long bytesServed(String path) {
        AtomicLong n = bytesServed.get(path);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] data = files.get(path);
            if (data == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            long from = 0;
            long last = data.length - 1;
            String range = ex.getRequestHeaders().getFirst("Range");
            int status = 200;
            if (range != null) {
                Matcher m = RANGE.matcher(range);
                if (!m.matches() || Long.parseLong(m.group(1)) >= data.length) {
                    ex.getResponseHeaders().add("Content-Range", "bytes */" + data.length);
                    ex.sendResponseHeaders(416, -1);
                    return;
                }
                from = Long.parseLong(m.group(1));
                last = m.group(2).isEmpty() ? last : Math.min(last, Long.parseLong(m.group(2)));
                status = 206;
                ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + last + "/" + data.length);
            }
            ex.sendResponseHeaders(status, last - from + 1);
            write(ex.getResponseBody(), data, (int) from, (int) (last - from + 1), path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(OutputStream out, byte[] data, int from, int length, String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long sent = 0;
        AtomicLong counter = bytesServed.computeIfAbsent(path, p -> new AtomicLong());
        while (sent < length) {
            int n = (int) Math.min(2048, length - sent);
            out.write(data, (int) (from + sent), n);
            out.flush();
            sent += n;
            counter.addAndGet(n);
            long bps = bitsPerSecond.get();
            if (bps > 0) {
                long wait = start + sent * 8 * 1_000_000_000L / bps - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
