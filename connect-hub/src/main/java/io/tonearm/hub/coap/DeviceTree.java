package io.tonearm.hub.coap;

import io.tonearm.protocol.CoapResources;
import io.tonearm.protocol.Topics;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.californium.core.server.resources.Resource;

/**
 * {@code /v1/d}: one child per device that said hello over CoAP, holding its POST resources and its
 * observable {@code commands}; those appear in {@code /.well-known/core}. A device that has not said
 * hello reaches only its POST resources (hello included) through a transient child, and its other
 * messages are refused there ({@link CoapInbound}). Each device id is bound to the address its last
 * hello came from. Thread-safe.
 */
final class DeviceTree extends CoapResource {

    /** Handles one POST to {@code /v1/d/{d}/{kind}}. */
    interface PostHandler {
        void post(String deviceId, Topics.Kind kind, CoapExchange exchange);
    }

    private final PostHandler handler;
    private final Clock clock;
    private final Duration commandTtl;
    private final Map<String, InetSocketAddress> owners = new ConcurrentHashMap<>();
    private final Map<InetSocketAddress, String> idsByAddress = new ConcurrentHashMap<>();
    private final Map<String, String> instances = new ConcurrentHashMap<>();
    // Per device: the instance ids and addresses of agent starts a newer start replaced (kept small).
    private final Map<String, java.util.Set<String>> retiredInstances = new ConcurrentHashMap<>();
    private final Map<InetSocketAddress, String> retiredAddresses = new ConcurrentHashMap<>();
    private static final int MAX_RETIRED = 8;

    DeviceTree(PostHandler handler, Clock clock, Duration commandTtl) {
        super(CoapResources.ROOT.get(CoapResources.ROOT.size() - 1));
        this.handler = handler;
        this.clock = clock;
        this.commandTtl = commandTtl;
        getAttributes().addResourceType(CoapResources.RESOURCE_TYPE_PREFIX + "devices");
    }

    @Override
    public Resource getChild(String name) {
        Resource known = super.getChild(name);
        if (known != null || !Topics.isValidDeviceId(name)) {
            return known;
        }
        Device transientDevice = new Device(name, false);
        transientDevice.setParent(this);
        return transientDevice;
    }

    /** Binds {@code deviceId} to {@code address} and lists its resources (on its first hello). */
    synchronized void register(String deviceId, InetSocketAddress address) {
        InetSocketAddress previous = owners.put(deviceId, address);
        if (previous != null) {
            idsByAddress.remove(previous, deviceId);
        }
        idsByAddress.put(address, deviceId);
        if (super.getChild(deviceId) == null) {
            add(new Device(deviceId, true));
        }
    }

    /**
     * A hello from {@code address} carrying {@code instanceId} (empty for agents that send none).
     * False when that instance was already replaced by a newer start of the device (answer 4.09).
     * A different, new instance replaces the current one: its address is retired (its requests get
     * 4.09) and every observer of the device's commands is told 4.09 and dropped, so only the new
     * start receives commands. Then binds as {@link #register}.
     */
    synchronized boolean hello(String deviceId, InetSocketAddress address, String instanceId) {
        if (!instanceId.isEmpty()) {
            if (retiredInstances.getOrDefault(deviceId, java.util.Set.of()).contains(instanceId)) {
                return false;
            }
            String current = instances.put(deviceId, instanceId);
            if (current != null && !current.equals(instanceId)) {
                java.util.Set<String> retired = retiredInstances.computeIfAbsent(deviceId,
                        k -> java.util.Collections.newSetFromMap(new java.util.LinkedHashMap<>() {
                            @Override
                            protected boolean removeEldestEntry(Map.Entry<String, Boolean> e) {
                                return size() > MAX_RETIRED;
                            }
                        }));
                retired.add(current);
                InetSocketAddress old = owners.get(deviceId);
                if (old != null && !old.equals(address)) {
                    retiredAddresses.put(old, deviceId);
                }
                commands(deviceId).ifPresent(CommandsResource::supersedeObservers);
            }
        }
        retiredAddresses.remove(address, deviceId);
        register(deviceId, address);
        return true;
    }

    /** True when {@code address} belonged to a start of {@code deviceId} that a newer one replaced. */
    boolean superseded(String deviceId, InetSocketAddress address) {
        return deviceId.equals(retiredAddresses.get(address));
    }

    /** The device id {@code address} said hello as, if any. */
    Optional<String> boundTo(InetSocketAddress address) {
        return Optional.ofNullable(idsByAddress.get(address));
    }

    /** The address {@code deviceId} is bound to, when it said hello over CoAP. */
    Optional<InetSocketAddress> owner(String deviceId) {
        return Optional.ofNullable(owners.get(deviceId));
    }

    Optional<CommandsResource> commands(String deviceId) {
        Resource device = super.getChild(deviceId);
        return device == null ? Optional.empty()
                : Optional.ofNullable((CommandsResource) device.getChild(Topics.Kind.COMMANDS.suffix()));
    }

    private final class Device extends CoapResource {
        Device(String deviceId, boolean registered) {
            super(deviceId, registered);
            for (Topics.Kind kind : Topics.Kind.values()) {
                if (kind.fromDevice()) {
                    add(new Inbound(deviceId, kind));
                } else if (registered) {
                    add(new CommandsResource(clock, commandTtl, address -> superseded(deviceId, address)));
                }
            }
        }
    }

    private final class Inbound extends CoapResource {
        private final String deviceId;
        private final Topics.Kind kind;

        Inbound(String deviceId, Topics.Kind kind) {
            super(kind.suffix());
            this.deviceId = deviceId;
            this.kind = kind;
            getAttributes().addResourceType(CoapResources.resourceType(kind));
            getAttributes().addContentType(CoapResources.CONTENT_FORMAT_PROTOBUF);
        }

        @Override
        public void handlePOST(CoapExchange exchange) {
            handler.post(deviceId, kind, exchange);
        }
    }
}
