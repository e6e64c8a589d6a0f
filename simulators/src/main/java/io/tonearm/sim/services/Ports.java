package io.tonearm.sim.services;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The ports of a stack (TCP, and the hub's CoAP on UDP), and how to find free ones when the defaults are taken. */
public record Ports(int control, int hubHttp, int mqtt, int coap) {
    public static final Ports DEFAULTS = new Ports(8080, 8081, 1883, 5683);

    public Ports {
        for (int p : new int[] {control, hubHttp, mqtt, coap}) {
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("port out of range: " + p);
            }
        }
    }

    /** These ports where free, a free ephemeral one instead of each that is taken. */
    public Ports orFree() throws IOException {
        return new Ports(freeOr(control), freeOr(hubHttp), freeOr(mqtt), freeUdpOr(coap));
    }

    public static Ports ephemeral() throws IOException {
        return new Ports(free(), free(), free(), freeUdp());
    }

    static int freeUdpOr(int port) throws IOException {
        try (DatagramSocket s = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
            return port;
        } catch (IOException taken) {
            return freeUdp();
        }
    }

    static int freeUdp() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static int freeOr(int port) throws IOException {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return port;
        } catch (IOException taken) {
            return free();
        }
    }

    static int free() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
