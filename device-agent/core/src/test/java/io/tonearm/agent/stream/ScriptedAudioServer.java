package io.tonearm.agent.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw-socket HTTP/1.1 server on an ephemeral loopback port that plays the audio server's side
 * request by request: one request per connection ({@code Connection: close}), so a script can
 * send any bytes at all — wrong headers, short or long bodies, stalls, a cut connection.
 */
public final class ScriptedAudioServer implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    public record Request(int number, String path, long from, long last) {
    }

    public interface Script {
        void answer(Request request, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Script script;
    private final List<Request> requests = new ArrayList<>();
    private final List<Socket> open = new ArrayList<>();
    private final Thread acceptor;

    public ScriptedAudioServer(Script script) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.script = script;
        this.acceptor = new Thread(this::accept, "scripted-audio-server");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                synchronized (this) {
                    open.add(socket);
                }
                Thread t = new Thread(() -> serve(socket), "scripted-audio-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String line = reader.readLine();
            if (line == null) {
                return;
            }
            String path = line.split(" ")[1];
            long from = 0;
            long last = -1;
            for (String h = reader.readLine(); h != null && !h.isEmpty(); h = reader.readLine()) {
                if (h.toLowerCase(Locale.ROOT).startsWith("range:")) {
                    Matcher m = RANGE.matcher(h.substring(6).trim());
                    if (m.matches()) {
                        from = Long.parseLong(m.group(1));
                        last = m.group(2).isEmpty() ? -1 : Long.parseLong(m.group(2));
                    }
                }
            }
            Request request;
            synchronized (this) {
                request = new Request(requests.size() + 1, path, from, last);
                requests.add(request);
            }
            OutputStream out = socket.getOutputStream();
            script.answer(request, out);
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client went away or the script cut the connection
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (this) {
            for (Socket s : open) {
                s.close();
            }
        }
    }

    // ---- answers

    /** A correct 206 for the request's range of {@code data} (a 200 when it asked for no range). */
    public static void partial(Request r, OutputStream out, byte[] data) throws IOException {
        long last = r.last() < 0 ? data.length - 1 : Math.min(r.last(), data.length - 1);
        head(out, "206 Partial Content", "Content-Range: bytes " + r.from() + "-" + last + "/" + data.length,
                "Content-Length: " + (last - r.from() + 1));
        out.write(data, (int) r.from(), (int) (last - r.from() + 1));
    }

    /** The first {@code bytes} bytes of a correct 206, then the connection drops. */
    public static void cutAfter(Request r, OutputStream out, byte[] data, int bytes) throws IOException {
        long last = r.last() < 0 ? data.length - 1 : Math.min(r.last(), data.length - 1);
        head(out, "206 Partial Content", "Content-Range: bytes " + r.from() + "-" + last + "/" + data.length,
                "Content-Length: " + (last - r.from() + 1));
        out.write(data, (int) r.from(), (int) Math.min(bytes, last - r.from() + 1));
        out.flush();
    }

    /** A 206 at {@code bitsPerSecond}, written in 1 KiB slices. */
    public static void throttled(Request r, OutputStream out, byte[] data, long bitsPerSecond) throws IOException, InterruptedException {
        long last = r.last() < 0 ? data.length - 1 : Math.min(r.last(), data.length - 1);
        head(out, "206 Partial Content", "Content-Range: bytes " + r.from() + "-" + last + "/" + data.length,
                "Content-Length: " + (last - r.from() + 1));
        long start = System.nanoTime();
        long sent = 0;
        for (long at = r.from(); at <= last; at += 1024) {
            int n = (int) Math.min(1024, last - at + 1);
            out.write(data, (int) at, n);
            out.flush();
            sent += n;
            long due = start + sent * 8 * 1_000_000_000L / bitsPerSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    public static void status(OutputStream out, String status, String... headers) throws IOException {
        String[] all = new String[headers.length + 1];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Content-Length: 0";
        head(out, status, all);
    }

    public static void head(OutputStream out, String status, String... headers) throws IOException {
        StringBuilder b = new StringBuilder("HTTP/1.1 ").append(status).append("\r\nConnection: close\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        out.write(b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }
}
