package io.tonearm.hub.mqtt;

import io.tonearm.hub.device.CommandAck;
import io.tonearm.hub.device.CommandEnvelope;
import io.tonearm.hub.device.DeviceCommand;
import io.tonearm.hub.device.DeviceCapabilities;
import io.tonearm.hub.device.DeviceInfo;
import io.tonearm.hub.device.DeviceMessage;
import io.tonearm.hub.device.DeviceState;
import io.tonearm.hub.device.DeviceType;
import io.tonearm.hub.device.PlaybackStatus;
import io.tonearm.hub.device.RepeatMode;
import io.tonearm.protocol.Decoded;
import io.tonearm.protocol.Refusal;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.ClockProbe;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.Event;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.Next;
import io.tonearm.protocol.v1.Pause;
import io.tonearm.protocol.v1.Play;
import io.tonearm.protocol.v1.Prepare;
import io.tonearm.protocol.v1.Presence;
import io.tonearm.protocol.v1.Previous;
import io.tonearm.protocol.v1.Resume;
import io.tonearm.protocol.v1.Seek;
import io.tonearm.protocol.v1.SetRepeat;
import io.tonearm.protocol.v1.SetVolume;
import io.tonearm.protocol.v1.Start;
import io.tonearm.protocol.v1.StateReport;
import io.tonearm.protocol.v1.Stop;
import java.util.Locale;
import java.util.Optional;

/**
 * The one translator between the wire contract (tonearm.connect.v1 protobuf) and the hub's records.
 * Generated protobuf types stay in this package. Reading never throws: bad input becomes a
 * {@link Decoded.Refused} the caller logs and drops. Stateless and thread-safe.
 */
public final class WireTranslator {

    private WireTranslator() {
    }

    /** Reads a payload a device published on {@code topic}. */
    public static Decoded<DeviceMessage> fromDevice(String topic, byte[] payload) {
        Optional<Topics.DeviceTopic> parsed = Topics.parse(topic);
        if (parsed.isEmpty()) {
            return Decoded.refused(Refusal.INVALID_VALUE, "not a device topic of the contract");
        }
        String id = parsed.get().deviceId();
        try {
            switch (parsed.get().kind()) {
                case HELLO:
                    return hello(id, payload);
                case PRESENCE:
                    return map(WireCodec.readPresence(payload), p -> new DeviceMessage.PresenceChanged(id,
                            p.getStatus() == Presence.Status.STATUS_ONLINE));
                case STATE:
                    return state(id, payload);
                case EVENTS:
                    return map(WireCodec.readEvent(payload), e -> new DeviceMessage.EventReported(id, eventKind(e),
                            trackUri(e.getTrackUri())));
                case ACKS:
                    return ack(id, payload);
                case COMMANDS:
                    return Decoded.refused(Refusal.INVALID_VALUE, "commands travel hub to device only");
                default:
                    throw new AssertionError("unhandled topic kind " + parsed.get().kind());
            }
        } catch (IllegalArgumentException e) {
            // A record refused a value the codec let through: still a refusal, never a thrown error.
            return Decoded.refused(Refusal.INVALID_VALUE, e.getMessage());
        }
    }

    /** Encodes a command; the result passes {@link WireCodec#readCommand}. */
    public static byte[] toWire(CommandEnvelope envelope) {
        Command.Builder b = Command.newBuilder()
                .setId(envelope.id())
                .setSessionVersion(envelope.sessionVersion())
                .setSequence(envelope.sequence())
                .setIssuedAtMs(envelope.issuedAt().toEpochMilli())
                .setExecuteAtMs(envelope.executeAtDeviceMs());
        envelope.command().accept(new DeviceCommand.Visitor<Void>() {
            @Override
            public Void play(DeviceCommand.Play p) {
                b.setPlay(Play.newBuilder().addAllTrackUris(p.trackUris()).setIndex(p.index())
                        .setPositionMs(p.positionMs()).setRepeat(repeat(p.repeat())));
                return null;
            }

            @Override
            public Void pause(DeviceCommand.Pause p) {
                b.setPause(Pause.getDefaultInstance());
                return null;
            }

            @Override
            public Void resume(DeviceCommand.Resume r) {
                b.setResume(Resume.getDefaultInstance());
                return null;
            }

            @Override
            public Void seek(DeviceCommand.Seek s) {
                b.setSeek(Seek.newBuilder().setPositionMs(s.positionMs()));
                return null;
            }

            @Override
            public Void setVolume(DeviceCommand.SetVolume v) {
                b.setSetVolume(SetVolume.newBuilder().setVolumePercent(v.volumePercent()));
                return null;
            }

            @Override
            public Void next(DeviceCommand.Next n) {
                b.setNext(Next.getDefaultInstance());
                return null;
            }

            @Override
            public Void previous(DeviceCommand.Previous p) {
                b.setPrevious(Previous.getDefaultInstance());
                return null;
            }

            @Override
            public Void stop(DeviceCommand.Stop s) {
                b.setStop(Stop.getDefaultInstance());
                return null;
            }

            @Override
            public Void prepare(DeviceCommand.Prepare p) {
                b.setPrepare(Prepare.newBuilder().addAllTrackUris(p.trackUris()).setIndex(p.index())
                        .setPositionMs(p.positionMs()).setRepeat(repeat(p.repeat())));
                return null;
            }

            @Override
            public Void start(DeviceCommand.Start s) {
                b.setStart(Start.newBuilder().setPositionMs(s.positionMs()));
                return null;
            }

            @Override
            public Void clockProbe(DeviceCommand.ClockProbe p) {
                b.setClockProbe(ClockProbe.getDefaultInstance());
                return null;
            }

            @Override
            public Void keepOffline(DeviceCommand.KeepOffline k) {
                b.setKeepOffline(io.tonearm.protocol.v1.KeepOffline.newBuilder().addAllTrackUris(k.trackUris())
                        .setContextUri(k.contextUri().orElse("")));
                return null;
            }

            @Override
            public Void setRepeat(DeviceCommand.SetRepeat r) {
                b.setSetRepeat(SetRepeat.newBuilder().setMode(repeat(r.mode())));
                return null;
            }
        });
        Command command = b.build();
        Decoded<Command> checked = WireCodec.check(command);
        if (checked instanceof Decoded.Refused) {
            throw new IllegalStateException("the hub built a command the contract refuses: "
                    + ((Decoded.Refused<Command>) checked).describe());
        }
        return command.toByteArray();
    }

    private static io.tonearm.protocol.v1.RepeatMode repeat(RepeatMode mode) {
        switch (mode) {
            case OFF:
                return io.tonearm.protocol.v1.RepeatMode.REPEAT_MODE_OFF;
            case TRACK:
                return io.tonearm.protocol.v1.RepeatMode.REPEAT_MODE_TRACK;
            case CONTEXT:
                return io.tonearm.protocol.v1.RepeatMode.REPEAT_MODE_CONTEXT;
            default:
                throw new AssertionError("unhandled repeat mode " + mode);
        }
    }

    private static Decoded<DeviceMessage> hello(String id, byte[] payload) {
        if (payload == null || payload.length == 0) {
            return Decoded.ok(new DeviceMessage.Forgotten(id));
        }
        Decoded<Hello> read = WireCodec.readHello(payload);
        if (read instanceof Decoded.Ok && !((Decoded.Ok<Hello>) read).message().getDeviceId().equals(id)) {
            return Decoded.refused(Refusal.INVALID_VALUE, "Hello.device_id "
                    + ((Decoded.Ok<Hello>) read).message().getDeviceId() + " does not match the topic's device " + id);
        }
        return map(read, h -> new DeviceMessage.Announced(id, new DeviceInfo(h.getName(),
                DeviceType.fromCode(h.getTypeValue()), h.getProfile(), h.getAgentVersion(), capabilities(h))));
    }

    /** The {@code instance_id} of a hello payload; empty when it has none or does not read. */
    public static String instanceId(byte[] helloPayload) {
        Decoded<Hello> hello = WireCodec.readHello(helloPayload);
        return hello instanceof Decoded.Ok<Hello> ok ? ok.message().getInstanceId() : "";
    }

    /** The hello's capabilities and transports; unknown transport codes (a newer device) are left out. */
    static DeviceCapabilities capabilities(Hello h) {
        io.tonearm.protocol.v1.Capabilities c = h.getCapabilities();
        java.util.List<String> transports = h.getTransportsList().stream()
                .filter(t -> t == io.tonearm.protocol.v1.Transport.TRANSPORT_MQTT
                        || t == io.tonearm.protocol.v1.Transport.TRANSPORT_COAP)
                .map(t -> t == io.tonearm.protocol.v1.Transport.TRANSPORT_MQTT ? "mqtt" : "coap")
                .distinct().collect(java.util.stream.Collectors.toList());
        return new DeviceCapabilities(c.getVolumeControl(), c.getSeek(), c.getGapless(), c.getHardwareVolume(),
                c.getDisplay(), c.getGroups(), DeviceCapabilities.kbpsOfQualityCode(c.getMaxQualityValue()), transports);
    }

    private static Decoded<DeviceMessage> state(String id, byte[] payload) {
        Decoded<StateReport> read = WireCodec.readState(payload);
        if (read instanceof Decoded.Ok) {
            StateReport s = ((Decoded.Ok<StateReport>) read).message();
            if (!s.getTrackUri().isEmpty() && !WireCodec.TRACK_URI.matcher(s.getTrackUri()).matches()) {
                return Decoded.refused(Refusal.INVALID_VALUE, "StateReport.track_uri is malformed");
            }
            if (s.getSessionVersion() < 0 || s.getQueueIndex() < 0 || s.getPositionTimestampMs() < 0) {
                return Decoded.refused(Refusal.INVALID_VALUE, "StateReport numbers out of range");
            }
        }
        return map(read, s -> new DeviceMessage.StateReported(id, new DeviceState(
                PlaybackStatus.fromCode(s.getStatusValue()), trackUri(s.getTrackUri()), s.getPositionMs(),
                s.getPositionTimestampMs(), s.getDurationMs(), s.getVolumePercent(), s.getSessionVersion(),
                s.getQueueList(), s.getQueueIndex())));
    }

    private static Decoded<DeviceMessage> ack(String id, byte[] payload) {
        return map(WireCodec.readAck(payload), a -> new DeviceMessage.CommandAnswered(id, new CommandAck(
                a.getCommandId(), CommandAck.Outcome.fromCode(a.getOutcomeValue()), a.getReason(), a.getErrorCode(),
                Math.max(0, a.getSessionVersion()), Math.max(0, a.getTimestampMs()), Math.max(0, a.getReceivedAtMs()))));
    }

    private static String eventKind(Event e) {
        return e.getKind().name().substring("KIND_".length()).toLowerCase(Locale.ROOT);
    }

    private static Optional<String> trackUri(String uri) {
        return WireCodec.TRACK_URI.matcher(uri).matches() ? Optional.of(uri) : Optional.empty();
    }

    private interface Mapping<T> {
        DeviceMessage apply(T message);
    }

    private static <T> Decoded<DeviceMessage> map(Decoded<T> read, Mapping<T> mapping) {
        if (read instanceof Decoded.Ok) {
            return Decoded.ok(mapping.apply(((Decoded.Ok<T>) read).message()));
        }
        Decoded.Refused<T> refused = (Decoded.Refused<T>) read;
        return Decoded.refused(refused.reason(), refused.detail());
    }
}
