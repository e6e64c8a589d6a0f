package io.tonearm.sim.faults;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An in-JVM UDP relay (for CoAP) that delays and drops datagrams by a {@link LinkProfile} in each
 * direction. Each client address gets its own socket towards the server, as a NAT would, so the
 * server sees one peer per client and answers reach the right one.
 *
 * <p>Threads: one named receiver for the client side, one per client for the server side, and one
 * scheduler that sends delayed datagrams. Thread-safe; the profile may change at any time.
 */
public final class UdpFaultProxy implements AutoCloseable {
    private static final int MAX_DATAGRAM = 65_507;
    private static final int MAX_CLIENTS = 10_000;
    private static final AtomicInteger PROXIES = new AtomicInteger();
    private final DatagramSocket front;
    private final InetSocketAddress target;
    private final String name;
    private final Map<SocketAddress, DatagramSocket> clients = new ConcurrentHashMap<>();
    private final AtomicReference<LinkProfile> upstream = new AtomicReference<>(LinkProfile.CLEAN);
    private final AtomicReference<LinkProfile> downstream = new AtomicReference<>(LinkProfile.CLEAN);
    private final LinkShaper up;
    private final LinkShaper down;
    private final ScheduledExecutorService sender;
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean closed;

    private UdpFaultProxy(DatagramSocket front, InetSocketAddress target, long seed) {
        this.front = front;
        this.target = target;
        this.name = "fault-udp-" + PROXIES.incrementAndGet();
        this.up = new LinkShaper(upstream::get, new Random(seed));
        this.down = new LinkShaper(downstream::get, new Random(~seed));
        this.sender = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name + "-send");
            t.setDaemon(true);
            return t;
        });
    }

    /** Listens on an ephemeral loopback port and relays to {@code target}. */
    public static UdpFaultProxy start(InetSocketAddress target, long seed) throws IOException {
        UdpFaultProxy p = new UdpFaultProxy(new DatagramSocket(0, InetAddress.getLoopbackAddress()), target, seed);
        p.daemon(p::receiveFromClients, p.name + "-front");
        return p;
    }

    public int port() {
        return front.getLocalPort();
    }

    public void upstream(LinkProfile p) {
        upstream.set(p);
    }

    public void downstream(LinkProfile p) {
        downstream.set(p);
    }

    public void link(LinkProfile p) {
        upstream(p);
        downstream(p);
    }

    /** Datagrams dropped so far, both ways. */
    public int dropped() {
        return dropped.get();
    }

    private void receiveFromClients() {
        byte[] buf = new byte[MAX_DATAGRAM];
        while (!closed) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                front.receive(p);
            } catch (IOException e) {
                return; // closed
            }
            SocketAddress client = p.getSocketAddress();
            DatagramSocket back = clients.get(client);
            if (back == null) {
                if (clients.size() >= MAX_CLIENTS) {
                    dropped.incrementAndGet();
                    continue;
                }
                try {
                    back = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                } catch (IOException e) {
                    dropped.incrementAndGet();
                    continue;
                }
                clients.put(client, back);
                DatagramSocket socket = back;
                daemon(() -> receiveFromServer(socket, client), name + "-back-" + clients.size());
            }
            byte[] data = Arrays.copyOfRange(p.getData(), p.getOffset(), p.getOffset() + p.getLength());
            forward(up, back, new DatagramPacket(data, data.length, target));
        }
    }

    private void receiveFromServer(DatagramSocket back, SocketAddress client) {
        byte[] buf = new byte[MAX_DATAGRAM];
        while (!closed) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                back.receive(p);
            } catch (IOException e) {
                return;
            }
            byte[] data = Arrays.copyOfRange(p.getData(), p.getOffset(), p.getOffset() + p.getLength());
            forward(down, front, new DatagramPacket(data, data.length, client));
        }
    }

    private void forward(LinkShaper shaper, DatagramSocket via, DatagramPacket packet) {
        OptionalLong due;
        long now = System.nanoTime();
        synchronized (shaper) {
            due = shaper.datagramDue(now, packet.getLength());
        }
        if (due.isEmpty()) {
            dropped.incrementAndGet();
            return;
        }
        try {
            sender.schedule(() -> send(via, packet), due.getAsLong() - now, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the proxy is closing
        }
    }

    private void send(DatagramSocket via, DatagramPacket packet) {
        try {
            via.send(packet);
        } catch (IOException e) {
            dropped.incrementAndGet(); // as the network would
        }
    }

    private void daemon(Runnable r, String threadName) {
        Thread t = new Thread(r, threadName);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        closed = true;
        sender.shutdownNow();
        front.close();
        clients.values().forEach(DatagramSocket::close);
    }
}
