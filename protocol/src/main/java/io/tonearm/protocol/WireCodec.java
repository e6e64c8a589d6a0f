package io.tonearm.protocol;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.Event;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.Play;
import io.tonearm.protocol.v1.Prepare;
import io.tonearm.protocol.v1.PlaybackStatus;
import io.tonearm.protocol.v1.Presence;
import io.tonearm.protocol.v1.StateReport;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the contract's messages from untrusted bytes. Each reader enforces {@link WireLimits}, parses
 * with protobuf, then checks the fields the contract requires; every failure is a
 * {@link Decoded.Refused} naming the message and field. Thread-safe and stateless.
 */
public final class WireCodec {

    /** Track references on the wire: {@code tonearm:track:} and a catalog id. */
    public static final Pattern TRACK_URI = Pattern.compile("tonearm:track:[A-Za-z0-9_-]{1,64}");
    /** Stable failure codes in acks and events: empty, or lowercase words joined by '_'. */
    public static final Pattern ERROR_CODE = Pattern.compile("[a-z_]{0,64}");

    private WireCodec() {
    }

    public static Decoded<Hello> readHello(byte[] payload) {
        return parse(payload, Hello.parser(), "Hello", WireCodec::checkHello);
    }

    public static Decoded<Presence> readPresence(byte[] payload) {
        return parse(payload, Presence.parser(), "Presence", p -> p.getStatus() == Presence.Status.STATUS_ONLINE
                || p.getStatus() == Presence.Status.STATUS_OFFLINE ? null
                : missing("Presence.status"));
    }

    public static Decoded<StateReport> readState(byte[] payload) {
        return parse(payload, StateReport.parser(), "StateReport", WireCodec::checkState);
    }

    public static Decoded<Event> readEvent(byte[] payload) {
        return parse(payload, Event.parser(), "Event", e -> {
            if (e.getKind() == Event.Kind.KIND_UNSPECIFIED || e.getKind() == Event.Kind.UNRECOGNIZED) {
                return missing("Event.kind");
            }
            return text("Event.message", e.getMessage());
        });
    }

    public static Decoded<Command> readCommand(byte[] payload) {
        return parse(payload, Command.parser(), "Command", WireCodec::checkCommand);
    }

    public static Decoded<Ack> readAck(byte[] payload) {
        return parse(payload, Ack.parser(), "Ack", a -> {
            if (a.getCommandId().isEmpty()) {
                return missing("Ack.command_id");
            }
            if (a.getOutcome() == Ack.Outcome.OUTCOME_UNSPECIFIED || a.getOutcome() == Ack.Outcome.UNRECOGNIZED) {
                return missing("Ack.outcome");
            }
            if (!ERROR_CODE.matcher(a.getErrorCode()).matches()) {
                return invalid("Ack.error_code must be at most 64 of [a-z_]");
            }
            return text("Ack.reason", a.getReason());
        });
    }

    /** Checks a message before it is sent, with the same rules its reader applies. */
    public static <T extends MessageLite> Decoded<T> check(T message) {
        return readBack(message.toByteArray(), message);
    }

    @SuppressWarnings("unchecked")
    private static <T extends MessageLite> Decoded<T> readBack(byte[] bytes, T message) {
        Decoded<?> d;
        if (message instanceof Hello) {
            d = readHello(bytes);
        } else if (message instanceof Presence) {
            d = readPresence(bytes);
        } else if (message instanceof StateReport) {
            d = readState(bytes);
        } else if (message instanceof Event) {
            d = readEvent(bytes);
        } else if (message instanceof Command) {
            d = readCommand(bytes);
        } else if (message instanceof Ack) {
            d = readAck(bytes);
        } else {
            throw new AssertionError("not a contract message: " + message.getClass());
        }
        return (Decoded<T>) d;
    }

    private interface Check<T> {
        /** Null when the message is valid, else the refusal. */
        Decoded.Refused<T> apply(T message);
    }

    private static <T> Decoded<T> parse(byte[] payload, Parser<T> parser, String name, Check<T> check) {
        if (payload == null || payload.length == 0) {
            return Decoded.refused(Refusal.EMPTY, name);
        }
        if (payload.length > WireLimits.MAX_PAYLOAD_BYTES) {
            return Decoded.refused(Refusal.TOO_LARGE, name + " of " + payload.length + " bytes exceeds "
                    + WireLimits.MAX_PAYLOAD_BYTES);
        }
        T message;
        try {
            CodedInputStream in = CodedInputStream.newInstance(payload);
            in.setSizeLimit(WireLimits.MAX_PAYLOAD_BYTES);
            in.setRecursionLimit(WireLimits.MAX_RECURSION);
            message = parser.parseFrom(in);
            in.checkLastTagWas(0);
        } catch (InvalidProtocolBufferException e) {
            return Decoded.refused(Refusal.MALFORMED, name + " (" + e.getMessage() + ")");
        }
        Decoded.Refused<T> refusal = check.apply(message);
        return refusal != null ? refusal : Decoded.ok(message);
    }

    private static <T> Decoded.Refused<T> checkHello(Hello h) {
        if (h.getDeviceId().isEmpty()) {
            return missing("Hello.device_id");
        }
        if (!Topics.isValidDeviceId(h.getDeviceId())) {
            return invalid("Hello.device_id must be 1-64 of [A-Za-z0-9._-]");
        }
        if (h.getName().isBlank()) {
            return missing("Hello.name");
        }
        if (!h.getInstanceId().isEmpty() && !Topics.isValidDeviceId(h.getInstanceId())) {
            return invalid("Hello.instance_id must be empty or 1-64 of [A-Za-z0-9._-]");
        }
        return text("Hello.name", h.getName());
    }

    private static <T> Decoded.Refused<T> checkState(StateReport s) {
        if (s.getStatus() == PlaybackStatus.PLAYBACK_STATUS_UNSPECIFIED || s.getStatus() == PlaybackStatus.UNRECOGNIZED) {
            return missing("StateReport.status");
        }
        if (s.getVolumePercent() > 100) {
            return invalid("StateReport.volume_percent " + s.getVolumePercent() + " is above 100");
        }
        if (s.getPositionMs() < 0 || s.getDurationMs() < 0) {
            return invalid("StateReport.position_ms and duration_ms must not be negative");
        }
        if (s.getQueueCount() > WireLimits.MAX_QUEUE) {
            return invalid("StateReport.queue has more than " + WireLimits.MAX_QUEUE + " entries");
        }
        return null;
    }

    private static <T> Decoded.Refused<T> checkCommand(Command c) {
        if (c.getId().isEmpty()) {
            return missing("Command.id");
        }
        if (c.getId().length() > WireLimits.MAX_COMMAND_ID) {
            return invalid("Command.id is longer than " + WireLimits.MAX_COMMAND_ID);
        }
        switch (c.getActionCase()) {
            case ACTION_NOT_SET:
                return missing("Command.action");
            case PLAY:
                return checkPlay(c.getPlay());
            case PREPARE:
                return checkPrepare(c.getPrepare());
            case START:
                return c.getStart().getPositionMs() < 0 ? invalid("Start.position_ms must not be negative") : null;
            case SEEK:
                return c.getSeek().getPositionMs() < 0 ? invalid("Seek.position_ms must not be negative") : null;
            case SET_VOLUME:
                return c.getSetVolume().getVolumePercent() > 100
                        ? invalid("SetVolume.volume_percent " + c.getSetVolume().getVolumePercent() + " is above 100")
                        : null;
            case PAUSE:
            case RESUME:
            case STOP:
            case NEXT:
            case PREVIOUS:
            case CLOCK_PROBE:
            case SET_REPEAT:
                return null;
            case KEEP_OFFLINE:
                return checkKeepOffline(c.getKeepOffline());
            default:
                throw new AssertionError("unhandled action " + c.getActionCase());
        }
    }

    private static <T> Decoded.Refused<T> checkKeepOffline(io.tonearm.protocol.v1.KeepOffline k) {
        Decoded.Refused<T> tracks = checkTracks("KeepOffline", k.getTrackUrisList(), 0, 0);
        return tracks != null ? tracks : text("KeepOffline.context_uri", k.getContextUri());
    }

    private static <T> Decoded.Refused<T> checkPrepare(Prepare p) {
        return checkTracks("Prepare", p.getTrackUrisList(), p.getIndex(), p.getPositionMs());
    }

    private static <T> Decoded.Refused<T> checkPlay(Play p) {
        return checkTracks("Play", p.getTrackUrisList(), p.getIndex(), p.getPositionMs());
    }

    private static <T> Decoded.Refused<T> checkTracks(String message, List<String> uris, int index, long positionMs) {
        if (uris.isEmpty()) {
            return missing(message + ".track_uris");
        }
        if (uris.size() > WireLimits.MAX_QUEUE) {
            return invalid(message + ".track_uris has more than " + WireLimits.MAX_QUEUE + " entries");
        }
        for (String uri : uris) {
            if (!TRACK_URI.matcher(uri).matches()) {
                return invalid(message + ".track_uris holds a malformed track uri");
            }
        }
        if (Integer.toUnsignedLong(index) >= uris.size()) {
            return invalid(message + ".index " + Integer.toUnsignedString(index) + " is past the end of track_uris");
        }
        if (positionMs < 0) {
            return invalid(message + ".position_ms must not be negative");
        }
        return null;
    }

    private static <T> Decoded.Refused<T> text(String field, String value) {
        return value.length() > WireLimits.MAX_TEXT
                ? invalid(field + " is longer than " + WireLimits.MAX_TEXT + " characters")
                : null;
    }

    private static <T> Decoded.Refused<T> missing(String field) {
        return new Decoded.Refused<>(Refusal.MISSING_FIELD, field);
    }

    private static <T> Decoded.Refused<T> invalid(String what) {
        return new Decoded.Refused<>(Refusal.INVALID_VALUE, what);
    }
}
