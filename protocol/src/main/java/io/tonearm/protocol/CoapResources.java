package io.tonearm.protocol;

import java.util.List;
import java.util.Optional;

/**
 * CoAP resource names of the wire contract (see protocol/README.md): the same messages as
 * {@link Topics}, on the hub under {@code /v1/d/{deviceId}/{kind}}. Devices POST hello, presence,
 * state, events and acks; they GET {@code commands} with Observe (RFC 7641) and each notification
 * carries one {@code Command}. Library-free: the agent and hub adapters map these to Californium.
 */
public final class CoapResources {

    /** Default UDP port of CoAP (RFC 7252, section 6.1). */
    public static final int DEFAULT_PORT = 5683;
    /** Path segments before the device id: {@code /v1/d/}. */
    public static final List<String> ROOT = List.of("v1", "d");
    /**
     * Content-Format of every payload: one protobuf message of {@code tonearm.connect.v1}. IANA
     * registers no protobuf Content-Format, so the contract takes the first number of the
     * experimental range (RFC 7252, section 12.3: 65000–65535).
     */
    public static final int CONTENT_FORMAT_PROTOBUF = 65000;
    /** Resource type ({@code rt}) advertised in {@code /.well-known/core} for each kind. */
    public static final String RESOURCE_TYPE_PREFIX = "tonearm.v1.";

    private CoapResources() {
    }

    /** The path of one device resource without a leading slash: {@code v1/d/kitchen-1/state}. */
    public static String path(String deviceId, Topics.Kind kind) {
        if (!Topics.isValidDeviceId(deviceId)) {
            throw new IllegalArgumentException("invalid device id: " + deviceId);
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        return String.join("/", ROOT) + "/" + deviceId + "/" + kind.suffix();
    }

    /** The resource type of one kind, e.g. {@code tonearm.v1.commands}. */
    public static String resourceType(Topics.Kind kind) {
        return RESOURCE_TYPE_PREFIX + kind.suffix();
    }

    /** The CoAP method a device uses on a kind's resource: GET (with Observe) for commands, else POST. */
    public static String method(Topics.Kind kind) {
        return kind.fromDevice() ? "POST" : "GET";
    }

    /**
     * Parses the segments of a request path ({@code ["v1","d","kitchen-1","state"]}); empty for
     * anything that is not a device resource of this contract.
     */
    public static Optional<Topics.DeviceTopic> parse(List<String> segments) {
        if (segments == null || segments.size() != ROOT.size() + 2 || !segments.subList(0, ROOT.size()).equals(ROOT)) {
            return Optional.empty();
        }
        String id = segments.get(ROOT.size());
        if (!Topics.isValidDeviceId(id)) {
            return Optional.empty();
        }
        return Topics.Kind.fromSuffix(segments.get(ROOT.size() + 1)).map(k -> new Topics.DeviceTopic(id, k));
    }
}
