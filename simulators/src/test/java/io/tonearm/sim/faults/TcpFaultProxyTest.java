package io.tonearm.sim.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TCP relay over real loopback sockets, against an echo server; timings are lower bounds only. */
class TcpFaultProxyTest {
    ServerSocket echo;
    TcpFaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serveEcho, "echo");
        t.setDaemon(true);
        t.start();
        proxy = TcpFaultProxy.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), echo.getLocalPort()), 1);
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    void serveEcho() {
        while (true) {
            try {
                Socket s = echo.accept();
                Thread t = new Thread(() -> {
                    try (s) {
                        s.getInputStream().transferTo(s.getOutputStream());
                    } catch (IOException ignored) {
                        // the test cut it
                    }
                }, "echo-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    Socket client() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        s.setSoTimeout(10_000);
        return s;
    }

    @Test
    void relays_every_byte_in_order_through_a_lossy_jittery_link() throws IOException {
        proxy.link(new LinkProfile(Duration.ofMillis(1), Duration.ofMillis(3), 0, 0.05, Duration.ofMillis(5)));
        byte[] sent = new byte[300_000];
        new Random(3).nextBytes(sent);
        try (Socket s = client()) {
            Thread w = new Thread(() -> {
                try {
                    s.getOutputStream().write(sent);
                    s.shutdownOutput();
                } catch (IOException ignored) {
                    // the read side fails the test
                }
            });
            w.start();
            byte[] got = s.getInputStream().readAllBytes();
            assertThat(got.length).isEqualTo(sent.length);
            assertThat(java.util.Arrays.equals(got, sent)).as("same bytes in the same order").isTrue();
        }
    }

    @Test
    void adds_the_round_trip() throws IOException {
        proxy.link(LinkProfile.of(Duration.ofMillis(200), 0, 0));
        try (Socket s = client()) {
            long t0 = System.nanoTime();
            s.getOutputStream().write(42);
            assertThat(s.getInputStream().read()).isEqualTo(42);
            // 100 ms each way, one proxy hop each way: at least 200 ms for the echo.
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }

    @Test
    void limits_bandwidth() throws IOException {
        proxy.upstream(LinkProfile.of(Duration.ZERO, 800_000, 0)); // 100 kB/s
        byte[] sent = new byte[50_000];
        try (Socket s = client()) {
            long t0 = System.nanoTime();
            Thread w = new Thread(() -> {
                try {
                    s.getOutputStream().write(sent);
                } catch (IOException ignored) {
                    // the read side fails the test
                }
            });
            w.start();
            s.getInputStream().readNBytes(sent.length);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(490));
        }
    }

    @Test
    void cut_resets_open_connections_and_new_ones_still_work() throws IOException {
        try (Socket s = client()) {
            s.getOutputStream().write(1);
            assertThat(s.getInputStream().read()).isEqualTo(1);
            proxy.cut();
            InputStream in = s.getInputStream();
            assertThatThrownBy(() -> {
                s.getOutputStream().write(2);
                if (in.read() < 0) {
                    throw new IOException("end of stream");
                }
            }).isInstanceOf(IOException.class);
        }
        try (Socket again = client()) {
            again.getOutputStream().write(3);
            assertThat(again.getInputStream().read()).isEqualTo(3);
        }
        assertThat(proxy.connectionsAccepted()).isEqualTo(2);
    }

    @Test
    void a_dead_server_refuses_the_client_as_it_would_directly() throws IOException {
        echo.close();
        try (Socket s = client()) {
            assertThatThrownBy(() -> {
                if (s.getInputStream().read() < 0) {
                    throw new IOException("end of stream");
                }
            }).isInstanceOf(IOException.class);
        }
    }
}
