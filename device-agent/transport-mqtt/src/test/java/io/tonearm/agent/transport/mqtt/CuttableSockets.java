package io.tonearm.agent.transport.mqtt;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.SocketFactory;

/** A socket factory whose sockets a test can reset, the way a dead network link ends. */
final class CuttableSockets extends SocketFactory {

    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    /** Resets every open socket (RST, no MQTT DISCONNECT), so the broker publishes the will. */
    void cutAll() throws IOException {
        for (Socket s : sockets) {
            if (!s.isClosed()) {
                s.setSoLinger(true, 0);
                s.close();
            }
        }
    }

    @Override
    public Socket createSocket() {
        Socket s = new Socket();
        sockets.add(s);
        return s;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return track(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return track(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return track(new Socket(address, port, localAddress, localPort));
    }

    private Socket track(Socket s) {
        sockets.add(s);
        return s;
    }
}
