package io.tonearm.sim.services;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The four ports of a stack, and how to find free ones when the defaults are taken. */
public record Ports(int control, int hubHttp, int mqtt) {
    public static final Ports DEFAULTS = new Ports(8080, 8081, 1883);

    public Ports {
        for (int p : new int[] {control, hubHttp, mqtt}) {
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("port out of range: " + p);
            }
        }
    }

    /** These ports where free, a free ephemeral one instead of each that is taken. */
    public Ports orFree() throws IOException {
        return new Ports(freeOr(control), freeOr(hubHttp), freeOr(mqtt));
    }

    public static Ports ephemeral() throws IOException {
        return new Ports(free(), free(), free());
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
