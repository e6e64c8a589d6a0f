package io.tonearm.agent.transport.wire;

import com.google.protobuf.InvalidProtocolBufferException;
import io.tonearm.agent.playback.RepeatMode;
import io.tonearm.agent.session.CommandAck;
import io.tonearm.agent.session.CommandEnvelope;
import io.tonearm.agent.session.DeviceCommand;
import io.tonearm.agent.session.DeviceEvent;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.protocol.Decoded;
import io.tonearm.protocol.Refusal;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.WireLimits;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.BufferHealth;
import io.tonearm.protocol.v1.Capabilities;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.Event;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.Play;
import io.tonearm.protocol.v1.Prepare;
import io.tonearm.protocol.v1.Presence;
import io.tonearm.protocol.v1.Quality;
import io.tonearm.protocol.v1.StateReport;
import io.tonearm.protocol.v1.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where the agent's transports (MQTT, CoAP) map {@code tonearm.connect.v1} messages to
 * the agent's domain records and back. Generated types leave this module only towards a transport
 * adapter, which hands them to its library as bytes; the core never sees them.
 * Text fields the contract bounds ({@link WireLimits#MAX_TEXT}) are cut to fit on the way out.
 *
 * <p>Stateless and thread-safe; never blocks.
 */
public final class WireTranslator {

    /** The wire contract version this translator speaks (Hello.protocol_version). */
    public static final int PROTOCOL_VERSION = 1;

    private WireTranslator() {
    }

    /** The hello a device sends on {@code transport} (the transport it speaks is listed). */
    public static Hello hello(DeviceIdentity id, Transport transport) {
        return hello(id, transport, "");
    }

    /**
     * The hello with this agent start's {@code instanceId} (empty for none): the hub tells a new
     * start of the same device id from a lingering old one by it.
     */
    public static Hello hello(DeviceIdentity id, Transport transport, String instanceId) {
        if (transport == null || transport == Transport.TRANSPORT_UNSPECIFIED || transport == Transport.UNRECOGNIZED) {
            throw new IllegalArgumentException("a concrete transport is required");
        }
        return Hello.newBuilder()
                .setDeviceId(id.deviceId())
                .setName(id.name())
                .setType(deviceType(id.type()))
                .setProfile(id.profile())
                .setCapabilities(Capabilities.newBuilder()
                        .setVolumeControl(id.capabilities().volumeControl())
                        .setHardwareVolume(id.capabilities().hardwareVolume())
                        .setDisplay(id.capabilities().display())
                        .setGroups(id.capabilities().groups())
                        .setMaxQuality(quality(id.capabilities().maxQuality()))
                        .setGapless(id.capabilities().gapless())
                        .setSeek(id.capabilities().seek()))
                .setAgentVersion(id.agentVersion())
                .setProtocolVersion(PROTOCOL_VERSION)
                .addTransports(transport)
                .setInstanceId(instanceId)
                .build();
    }

    /** A fresh random instance id for one agent start: 16 hex digits. */
    public static String newInstanceId(java.util.random.RandomGenerator random) {
        return String.format("%016x", random.nextLong());
    }

    /** Online presence at {@code timestampMs}, or the offline one (timestamp 0 in a will). */
    public static Presence presence(boolean online, long timestampMs) {
        return Presence.newBuilder()
                .setStatus(online ? Presence.Status.STATUS_ONLINE : Presence.Status.STATUS_OFFLINE)
                .setTimestampMs(timestampMs)
                .build();
    }

    public static StateReport state(PlaybackState s) {
        StateReport.Builder b = StateReport.newBuilder()
                .setStatus(status(s.status()))
                .setTrackUri(s.track().map(TrackRef::uri).orElse(""))
                .setPositionMs(s.positionMs())
                .setPositionTimestampMs(s.positionTimestampMs())
                .setDurationMs(s.durationMs())
                .setVolumePercent(s.volumePercent())
                .setBuffer(BufferHealth.newBuilder().setBufferedMs(s.bufferedMs()).setUnderruns(s.underruns()))
                .setQuality(s.quality().map(WireTranslator::quality).orElse(Quality.QUALITY_UNSPECIFIED))
                .setSessionVersion(s.sessionVersion())
                .setQueueIndex(s.queueIndex());
        s.queue().forEach(t -> b.addQueue(t.uri()));
        return b.build();
    }

    public static Event event(DeviceEvent e) {
        return Event.newBuilder()
                .setKind(eventKind(e.kind()))
                .setTimestampMs(e.timestampMs())
                .setTrackUri(e.track().map(TrackRef::uri).orElse(""))
                .setPositionMs(e.positionMs())
                .setMessage(fit(e.message()))
                .setErrorCode(fit(e.errorCode()))
                .setVolumePercent(e.volumePercent())
                .build();
    }

    public static Ack ack(CommandAck a) {
        return Ack.newBuilder()
                .setCommandId(a.commandId())
                .setOutcome(outcome(a.outcome()))
                .setReason(fit(a.reason()))
                .setErrorCode(a.errorCode())
                .setSessionVersion(a.sessionVersion())
                .setTimestampMs(a.timestampMs())
                .setReceivedAtMs(a.receivedAtMs())
                .build();
    }

    /**
     * Reads a commands payload with {@link WireCodec#readCommand} and maps it to the domain;
     * {@code receivedAtMs} is the device clock when the payload arrived.
     */
    public static InboundCommand command(byte[] payload, long receivedAtMs) {
        Decoded<Command> decoded = WireCodec.readCommand(payload);
        if (decoded instanceof Decoded.Refused<Command> refused) {
            return new InboundCommand.Rejected(readableId(payload, refused.reason()), refused.describe());
        }
        Command c = ((Decoded.Ok<Command>) decoded).message();
        try {
            return new InboundCommand.Accepted(new CommandEnvelope(c.getId(), unsigned(c.getSessionVersion(), "session_version"),
                    unsigned(c.getSequence(), "sequence"), c.getIssuedAtMs(), Math.max(0, c.getExecuteAtMs()),
                    receivedAtMs, action(c)));
        } catch (IllegalArgumentException e) {
            // Passed the codec, but holds a value the domain cannot represent (e.g. a uint past 2^63).
            return new InboundCommand.Rejected(c.getId(), Refusal.INVALID_VALUE.description() + ": " + e.getMessage());
        }
    }

    private static DeviceCommand action(Command c) {
        switch (c.getActionCase()) {
            case PLAY:
                return play(c.getPlay());
            case PAUSE:
                return new DeviceCommand.Pause();
            case RESUME:
                return new DeviceCommand.Resume();
            case STOP:
                return new DeviceCommand.Stop();
            case SEEK:
                return new DeviceCommand.Seek(c.getSeek().getPositionMs());
            case SET_VOLUME:
                return new DeviceCommand.SetVolume(c.getSetVolume().getVolumePercent());
            case NEXT:
                return new DeviceCommand.Next();
            case PREVIOUS:
                return new DeviceCommand.Previous();
            case PREPARE:
                return prepare(c.getPrepare());
            case START:
                return new DeviceCommand.Start(c.getStart().getPositionMs());
            case CLOCK_PROBE:
                return new DeviceCommand.ClockProbe();
            case SET_REPEAT:
                return new DeviceCommand.SetRepeat(repeat(c.getSetRepeat().getMode()).orElse(RepeatMode.OFF));
            case KEEP_OFFLINE:
                return new DeviceCommand.KeepOffline(c.getKeepOffline().getTrackUrisList().stream()
                        .map(TrackRef::fromUri).collect(java.util.stream.Collectors.toList()));
            case ACTION_NOT_SET:
                throw new IllegalArgumentException("Command.action is not set");
            default:
                throw new AssertionError("unhandled Command.action " + c.getActionCase());
        }
    }

    private static DeviceCommand.Play play(Play p) {
        List<TrackRef> tracks = new ArrayList<>(p.getTrackUrisCount());
        for (String uri : p.getTrackUrisList()) {
            tracks.add(TrackRef.fromUri(uri));
        }
        if (p.getIndex() < 0) {
            throw new IllegalArgumentException("Play.index " + Integer.toUnsignedString(p.getIndex()) + " is out of range");
        }
        return new DeviceCommand.Play(tracks, p.getIndex(), p.getPositionMs(), quality(p.getQuality()), repeat(p.getRepeat()));
    }

    private static DeviceCommand.Prepare prepare(Prepare p) {
        DeviceCommand.Play asPlay = play(Play.newBuilder().addAllTrackUris(p.getTrackUrisList()).setIndex(p.getIndex())
                .setPositionMs(p.getPositionMs()).setQuality(p.getQuality()).setRepeat(p.getRepeat()).build());
        return new DeviceCommand.Prepare(asPlay.tracks(), asPlay.index(), asPlay.positionMs(), asPlay.quality(),
                asPlay.repeat());
    }

    /** UNSPECIFIED (or a mode newer than this agent) is empty: the mode stays as it was. */
    static Optional<RepeatMode> repeat(io.tonearm.protocol.v1.RepeatMode mode) {
        switch (mode) {
            case REPEAT_MODE_OFF:
                return Optional.of(RepeatMode.OFF);
            case REPEAT_MODE_TRACK:
                return Optional.of(RepeatMode.TRACK);
            case REPEAT_MODE_CONTEXT:
                return Optional.of(RepeatMode.CONTEXT);
            default:
                return Optional.empty();
        }
    }


    /** The command id of a refused payload when it parsed and the id is usable, else empty. */
    private static String readableId(byte[] payload, Refusal reason) {
        if (reason != Refusal.MISSING_FIELD && reason != Refusal.INVALID_VALUE) {
            return "";
        }
        try {
            String id = Command.parseFrom(payload).getId();
            return id.length() <= WireLimits.MAX_COMMAND_ID ? id : "";
        } catch (InvalidProtocolBufferException e) {
            return "";
        }
    }

    private static long unsigned(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException("Command." + field + " " + Long.toUnsignedString(value) + " is out of range");
        }
        return value;
    }

    public static Optional<io.tonearm.agent.stream.Quality> quality(Quality q) {
        switch (q) {
            case QUALITY_24_KBPS:
                return Optional.of(io.tonearm.agent.stream.Quality.KBPS_24);
            case QUALITY_96_KBPS:
                return Optional.of(io.tonearm.agent.stream.Quality.KBPS_96);
            case QUALITY_160_KBPS:
                return Optional.of(io.tonearm.agent.stream.Quality.KBPS_160);
            case QUALITY_320_KBPS:
                return Optional.of(io.tonearm.agent.stream.Quality.KBPS_320);
            default:
                return Optional.empty(); // UNSPECIFIED, or a value newer than this agent
        }
    }

    public static Quality quality(io.tonearm.agent.stream.Quality q) {
        return switch (q) {
            case KBPS_24 -> Quality.QUALITY_24_KBPS;
            case KBPS_96 -> Quality.QUALITY_96_KBPS;
            case KBPS_160 -> Quality.QUALITY_160_KBPS;
            case KBPS_320 -> Quality.QUALITY_320_KBPS;
        };
    }

    private static io.tonearm.protocol.v1.DeviceType deviceType(DeviceType t) {
        return switch (t) {
            case SPEAKER -> io.tonearm.protocol.v1.DeviceType.DEVICE_TYPE_SPEAKER;
            case CAR -> io.tonearm.protocol.v1.DeviceType.DEVICE_TYPE_CAR;
            case TV -> io.tonearm.protocol.v1.DeviceType.DEVICE_TYPE_TV;
            case COMPUTER -> io.tonearm.protocol.v1.DeviceType.DEVICE_TYPE_COMPUTER;
            case BOARD -> io.tonearm.protocol.v1.DeviceType.DEVICE_TYPE_BOARD;
        };
    }

    private static io.tonearm.protocol.v1.PlaybackStatus status(PlaybackStatus s) {
        return switch (s) {
            case IDLE -> io.tonearm.protocol.v1.PlaybackStatus.PLAYBACK_STATUS_IDLE;
            case LOADING -> io.tonearm.protocol.v1.PlaybackStatus.PLAYBACK_STATUS_LOADING;
            case PLAYING -> io.tonearm.protocol.v1.PlaybackStatus.PLAYBACK_STATUS_PLAYING;
            case PAUSED -> io.tonearm.protocol.v1.PlaybackStatus.PLAYBACK_STATUS_PAUSED;
            case STOPPED -> io.tonearm.protocol.v1.PlaybackStatus.PLAYBACK_STATUS_STOPPED;
            case ERROR -> io.tonearm.protocol.v1.PlaybackStatus.PLAYBACK_STATUS_ERROR;
        };
    }

    /** Domain and wire share the codes, so the mapping is by code; an unknown code is a bug here. */
    private static Event.Kind eventKind(DeviceEvent.Kind k) {
        Event.Kind wire = Event.Kind.forNumber(k.code());
        if (wire == null || wire == Event.Kind.KIND_UNSPECIFIED) {
            throw new AssertionError("no wire event kind for " + k);
        }
        return wire;
    }

    private static Ack.Outcome outcome(CommandAck.Outcome o) {
        Ack.Outcome wire = Ack.Outcome.forNumber(o.code());
        if (wire == null || wire == Ack.Outcome.OUTCOME_UNSPECIFIED) {
            throw new AssertionError("no wire outcome for " + o);
        }
        return wire;
    }

    /** Cuts text to the contract's bound without splitting a surrogate pair. */
    public static String fit(String text) {
        if (text.length() <= WireLimits.MAX_TEXT) {
            return text;
        }
        int end = WireLimits.MAX_TEXT;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
