package io.tonearm.agent.transport.mqtt;

import static org.assertj.core.api.Assertions.fail;

import io.tonearm.protocol.Topics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * The hub's side, scripted: a plain Paho v5 client that sees everything a device publishes (with
 * the publisher's retain flag) and publishes commands to it.
 */
final class HubPeer implements AutoCloseable {

    /** One message the peer saw. */
    record Received(Topics.Kind kind, byte[] payload, boolean retained) {
    }

    private static final long WAIT_MS = 2_000;

    private final MqttAsyncClient client;
    private final String deviceId;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    HubPeer(String brokerUri, String deviceId) throws MqttException {
        this.deviceId = deviceId;
        client = new MqttAsyncClient(brokerUri, "hub-peer-" + deviceId + "-" + System.nanoTime(), new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse r) {
            }

            @Override
            public void mqttErrorOccurred(MqttException e) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage m) {
                Topics.parse(topic).ifPresent(t -> received.add(new Received(t.kind(), m.getPayload(), m.isRetained())));
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
            }

            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
            }
        });
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        client.connect(options).waitForCompletion(WAIT_MS);
        MqttSubscription all = new MqttSubscription(Topics.ROOT + deviceId + "/#", 1);
        all.setRetainAsPublished(true);
        client.subscribe(all).waitForCompletion(WAIT_MS);
    }

    /** How many messages were seen so far; pass it to {@link #await} to look only at newer ones. */
    int mark() {
        return received.size();
    }

    Received await(int from, Topics.Kind kind, Predicate<Received> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (int i = from; i < received.size(); i++) {
                Received r = received.get(i);
                if (r.kind() == kind && matching.test(r)) {
                    return r;
                }
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        return fail("no matching " + kind + " message within " + timeout + "; saw " + received.size() + " messages");
    }

    void sendCommand(byte[] payload) throws MqttException {
        MqttMessage m = new MqttMessage(payload);
        m.setQos(1);
        client.publish(Topics.of(deviceId, Topics.Kind.COMMANDS), m).waitForCompletion(WAIT_MS);
    }

    @Override
    public void close() throws MqttException {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(WAIT_MS);
            }
        } finally {
            client.close(true);
        }
    }
}
