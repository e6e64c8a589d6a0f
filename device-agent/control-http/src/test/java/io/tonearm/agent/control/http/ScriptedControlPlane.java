package io.tonearm.agent.control.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The control plane's side, scripted per test, on 127.0.0.1 and a free port. */
final class ScriptedControlPlane implements AutoCloseable {

    /** What the server does with one exchange. */
    interface Script {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    final List<URI> requests = new CopyOnWriteArrayList<>();
    final List<String> acceptHeaders = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private volatile Script script = ex -> respond(ex, 500, "application/json", "{}");

    ScriptedControlPlane() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            requests.add(ex.getRequestURI());
            acceptHeaders.add(String.valueOf(ex.getRequestHeaders().getFirst("Accept")));
            try {
                script.answer(ex);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client went away; nothing to do
            } finally {
                ex.close();
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void script(Script next) {
        script = next;
    }

    void answerJson(int status, String json) {
        script(ex -> respond(ex, status, "application/json", json));
    }

    /** Blocks a handler until the test ends, as a hung server would. */
    void stall() throws InterruptedException {
        released.await(30, TimeUnit.SECONDS);
    }

    static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
