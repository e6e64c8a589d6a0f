package io.tonearm.sim.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * An in-JVM TCP relay between a client (an agent) and a server (the hub's MQTT broker, the control
 * plane's HTTP) that shapes each direction with a {@link LinkProfile}: latency, jitter, bandwidth,
 * loss as a retransmission stall. {@link #cut()} drops every open connection with a reset, as a
 * dead Wi-Fi or NAT timeout would; the client then reconnects through the proxy.
 *
 * <p>Threads: one named acceptor, and per connection and direction a reader and a writer, joined by
 * a bounded queue (so a slow link pushes back on the sender as a real one does). All methods are
 * thread-safe; the profile may change at any time and applies to chunks read after the change.
 */
public final class TcpFaultProxy implements AutoCloseable {
    private static final int CHUNK = 4096;
    private static final int IN_FLIGHT_CHUNKS = 32;
    private static final byte[] END = new byte[0];
    private static final AtomicInteger PROXIES = new AtomicInteger();
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final AtomicReference<LinkProfile> upstream = new AtomicReference<>(LinkProfile.CLEAN);
    private final AtomicReference<LinkProfile> downstream = new AtomicReference<>(LinkProfile.CLEAN);
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Random seeds;
    private final String name;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    private TcpFaultProxy(ServerSocket server, InetSocketAddress target, long seed) {
        this.server = server;
        this.target = target;
        this.seeds = new Random(seed);
        this.name = "fault-tcp-" + PROXIES.incrementAndGet();
    }

    /** Listens on an ephemeral loopback port and relays to {@code target}; {@code seed} makes loss and jitter repeatable. */
    public static TcpFaultProxy start(InetSocketAddress target, long seed) throws IOException {
        ServerSocket s = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        TcpFaultProxy p = new TcpFaultProxy(s, target, seed);
        Thread t = new Thread(p::acceptLoop, p.name + "-accept");
        t.setDaemon(true);
        t.start();
        return p;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Shapes client → server traffic. */
    public void upstream(LinkProfile p) {
        upstream.set(p);
    }

    /** Shapes server → client traffic. */
    public void downstream(LinkProfile p) {
        downstream.set(p);
    }

    /** The same profile both ways. */
    public void link(LinkProfile p) {
        upstream(p);
        downstream(p);
    }

    /** Resets every open connection; new connections are accepted as before. */
    public void cut() {
        for (Socket s : open) {
            abort(s);
        }
    }

    /** Connections accepted so far, including ones already closed. */
    public int connectionsAccepted() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            int id = connections.incrementAndGet();
            Socket remote = new Socket();
            try {
                remote.connect(target, 2000);
            } catch (IOException refused) {
                abort(client); // the server is down: the client sees what it would see without us
                continue;
            }
            open.add(client);
            open.add(remote);
            long seed;
            synchronized (seeds) {
                seed = seeds.nextLong();
            }
            pipe(client, remote, new LinkShaper(upstream::get, new Random(seed)), name + "-" + id + "-up");
            pipe(remote, client, new LinkShaper(downstream::get, new Random(~seed)), name + "-" + id + "-down");
        }
    }

    private void pipe(Socket from, Socket to, LinkShaper shaper, String thread) {
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(IN_FLIGHT_CHUNKS);
        Thread reader = new Thread(() -> read(from, to, shaper, queue), thread + "-read");
        Thread writer = new Thread(() -> write(from, to, queue), thread + "-write");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    private void read(Socket from, Socket to, LinkShaper shaper, BlockingQueue<Chunk> queue) {
        byte[] buf = new byte[CHUNK];
        try {
            InputStream in = from.getInputStream(); // not closed here: that would close the socket both ways
            int n;
            while ((n = in.read(buf)) >= 0) {
                byte[] data = java.util.Arrays.copyOf(buf, n);
                queue.put(new Chunk(data, shaper.streamDue(System.nanoTime(), n)));
            }
            queue.put(new Chunk(END, shaper.streamDue(System.nanoTime(), 0)));
        } catch (IOException | InterruptedException e) {
            abort(from);
            abort(to);
            queue.offer(new Chunk(END, 0));
        }
    }

    private void write(Socket from, Socket to, BlockingQueue<Chunk> queue) {
        try {
            OutputStream out = to.getOutputStream();
            while (true) {
                Chunk c = queue.take();
                long wait;
                while ((wait = c.due() - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (c.data() == END) {
                    to.shutdownOutput(); // a clean half-close travels as one
                    if (from.isOutputShutdown()) { // the other direction has ended too
                        release(from);
                        release(to);
                    }
                    return;
                }
                out.write(c.data());
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            abort(from);
            abort(to);
        }
    }

    private void release(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
        open.remove(s);
    }

    private void abort(Socket s) {
        try {
            s.setSoLinger(true, 0); // RST, not FIN: the peer sees a broken link
        } catch (SocketException ignored) {
            // already closed
        }
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
        open.remove(s);
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        cut();
    }

    private record Chunk(byte[] data, long due) {
    }
}
