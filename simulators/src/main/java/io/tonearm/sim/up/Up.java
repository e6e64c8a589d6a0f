package io.tonearm.sim.up;

import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.sink.NullSink;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code tonearm up}: the control plane and the hub on their default ports, plus N simulated
 * devices, until interrupted.
 */
public final class Up {
    private static final DeviceType[] TYPES = {DeviceType.SPEAKER, DeviceType.TV, DeviceType.CAR};
    private static final String[] PROFILES = {"smart-speaker", "smart-tv", "car-headunit"};

    private Up() {
    }

    public static int run(Path home, int simDevices, Path dataDir) throws Exception {
        Ports ports = Ports.DEFAULTS;
        for (int p : new int[] {ports.control(), ports.hubHttp(), ports.mqtt()}) {
            requireFree(p);
        }
        Stack stack = Stack.start(home, dataDir.toAbsolutePath(), ports, Optional.empty());
        List<SimulatedDevice> devices = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            devices.forEach(SimulatedDevice::close);
            stack.close();
            stopped.countDown();
        }, "tonearm-up-shutdown"));
        System.out.printf("control plane  http://127.0.0.1:%d   (log %s)%n", ports.control(), stack.control().log());
        System.out.printf("connect hub    http://127.0.0.1:%d   (log %s)%n", ports.hubHttp(), stack.hub().log());
        System.out.printf("MQTT broker    %s%n", stack.mqttUrl());
        System.out.printf("CoAP           %s   (udp)%n", stack.coapUrl());
        System.out.printf("demo token     %s%n", dataDir.toAbsolutePath().resolve("demo-token"));
        for (int i = 0; i < simDevices; i++) {
            int k = i % TYPES.length;
            String name = "Sim " + PROFILES[k].replace('-', ' ') + " " + (i + 1);
            SimulatedDevice d = SimulatedDevice.start(new SimulatedDevice.Spec(name, TYPES[k], PROFILES[k], 50,
                    new NullSink(TimeSource.SYSTEM)), stack.controlUrl(), stack.mqttUrl(), TimeSource.SYSTEM);
            devices.add(d);
            System.out.printf("device         %s (%s)%n", d.name(), d.id());
        }
        System.out.printf("%d devices ready; Ctrl-C stops everything%n", devices.size());
        System.out.flush();
        stopped.await();
        return 0;
    }

    private static void requireFree(int port) throws IOException {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IOException("port " + port + " is in use; stop whatever listens there (ss -ltnp | grep :" + port + ")");
        }
    }
}
