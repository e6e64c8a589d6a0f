package io.tonearm.sim.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The UDP relay over real loopback sockets, against an echo server. */
class UdpFaultProxyTest {
    DatagramSocket echo;
    UdpFaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            byte[] buf = new byte[2048];
            while (true) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    echo.receive(p);
                    echo.send(new DatagramPacket(p.getData(), p.getLength(), p.getSocketAddress()));
                } catch (IOException e) {
                    return;
                }
            }
        }, "udp-echo");
        t.setDaemon(true);
        t.start();
        proxy = UdpFaultProxy.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), echo.getLocalPort()), 1);
    }

    @AfterEach
    void stop() {
        proxy.close();
        echo.close();
    }

    byte[] roundTrip(DatagramSocket client, byte[] payload) throws IOException {
        client.send(new DatagramPacket(payload, payload.length, InetAddress.getLoopbackAddress(), proxy.port()));
        DatagramPacket reply = new DatagramPacket(new byte[2048], 2048);
        client.receive(reply);
        return java.util.Arrays.copyOf(reply.getData(), reply.getLength());
    }

    @Test
    void relays_each_client_its_own_answers_with_the_delay() throws IOException {
        proxy.link(LinkProfile.of(Duration.ofMillis(100), 0, 0));
        try (DatagramSocket a = new DatagramSocket(); DatagramSocket b = new DatagramSocket()) {
            a.setSoTimeout(5000);
            b.setSoTimeout(5000);
            long t0 = System.nanoTime();
            assertThat(roundTrip(a, "from a".getBytes())).isEqualTo("from a".getBytes());
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
            assertThat(roundTrip(b, "from b".getBytes())).isEqualTo("from b".getBytes());
        }
    }

    @Test
    void a_fully_lossy_link_delivers_nothing_and_counts_it() throws IOException {
        proxy.upstream(LinkProfile.of(Duration.ZERO, 0, 1.0));
        try (DatagramSocket a = new DatagramSocket()) {
            a.setSoTimeout(300);
            assertThatThrownBy(() -> roundTrip(a, new byte[] {1})).isInstanceOf(SocketTimeoutException.class);
        }
        assertThat(proxy.dropped()).isEqualTo(1);
        proxy.upstream(LinkProfile.CLEAN);
        try (DatagramSocket a = new DatagramSocket()) {
            a.setSoTimeout(5000);
            assertThat(roundTrip(a, new byte[] {2})).containsExactly(2);
        }
    }

    @Test
    void empty_and_maximum_size_datagrams_pass() throws IOException {
        try (DatagramSocket a = new DatagramSocket()) {
            a.setSoTimeout(5000);
            assertThat(roundTrip(a, new byte[0])).isEmpty();
            assertThat(roundTrip(a, new byte[1400])).hasSize(1400);
        }
    }
}
