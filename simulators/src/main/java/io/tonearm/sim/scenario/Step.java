package io.tonearm.sim.scenario;

import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.sim.faults.LinkProfile;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One scenario step. Phone steps go through the hub's player API, voice steps through its voice
 * endpoints, fault steps through the fault proxies and the stack; {@link Expect} waits for a device's
 * own state and fails the run when it does not arrive in time.
 */
public sealed interface Step {
    /** The devices this step names, for validation. */
    default List<String> devicesNamed() {
        return List.of();
    }

    /** A phone plays the first {@code tracks} catalog tracks on {@code device} from {@code positionMs}. */
    record Play(String device, int tracks, long positionMs) implements Step {
        public Play {
            if (tracks < 1 || tracks > 50 || positionMs < 0) {
                throw new IllegalArgumentException("play: tracks is 1-50 and position_ms not negative");
            }
        }

        @Override
        public List<String> devicesNamed() {
            return List.of(device);
        }
    }

    /** A phone presses a transport control: pause, resume, next or previous. */
    record Control(Kind kind) implements Step {
        public enum Kind {
            PAUSE, RESUME, NEXT, PREVIOUS
        }
    }

    record Seek(long positionMs) implements Step {
        public Seek {
            if (positionMs < 0) {
                throw new IllegalArgumentException("seek: position_ms must not be negative");
            }
        }
    }

    /** A phone moves playback to {@code device} ({@code PUT /v1/me/player}); the gap is measured. */
    record Transfer(String device) implements Step {
        @Override
        public List<String> devicesNamed() {
            return List.of(device);
        }
    }

    /** Changes the link in front of {@code device} (which must have declared one). */
    record Degrade(String device, LinkProfile link) implements Step {
        @Override
        public List<String> devicesNamed() {
            return List.of(device);
        }
    }

    /** Resets every connection of {@code device}'s link, as a dropped Wi-Fi would. */
    record Disconnect(String device) implements Step {
        @Override
        public List<String> devicesNamed() {
            return List.of(device);
        }
    }

    /** Restarts the hub process, or the broker (the embedded broker lives in the hub, so the same). */
    record Restart(Target target) implements Step {
        public enum Target {
            HUB, BROKER
        }
    }

    /** A voice assistant passes on what was said ({@code POST /v1/voice/utterances}); expects {@code outcome}. */
    record Say(String text, String outcome) implements Step {
        public Say {
            if (text == null || text.isBlank() || text.length() > 500) {
                throw new IllegalArgumentException("say: the text is 1-500 characters");
            }
        }
    }

    /**
     * A voice assistant that parsed the request itself ({@code POST /v1/voice/intents}); expects
     * {@code outcome}. {@code query} and {@code device} are optional.
     */
    record Intent(String intent, Optional<String> query, Optional<String> device, String outcome) implements Step {
        public Intent {
            if (intent == null || !intent.matches("[a-z_]{1,32}") || query == null || device == null || outcome == null) {
                throw new IllegalArgumentException("intent: a name of 1-32 of [a-z_] is required");
            }
        }
    }

    record Sleep(Duration duration) implements Step {
    }

    /**
     * Connects a fleet of lightweight devices to the hub and sends phone commands to random ones
     * (see {@code io.tonearm.sim.fleet.Fleet}); fails on any error or a command executed twice.
     */
    record Fleet(io.tonearm.sim.fleet.FleetOptions options) implements Step {
    }

    /** Waits until {@code device} has sounded {@code audioMs} more milliseconds of audio from now. */
    record Hear(String device, long audioMs, Duration within) implements Step {
        @Override
        public List<String> devicesNamed() {
            return List.of(device);
        }
    }

    /**
     * Waits until {@code device} reports {@code status} (and, when given, that queue index and a
     * position at or past {@code minPositionMs}), failing after {@code within}.
     */
    record Expect(String device, PlaybackStatus status, Optional<Integer> queueIndex, Optional<Long> minPositionMs,
                  Duration within) implements Step {
        @Override
        public List<String> devicesNamed() {
            return List.of(device);
        }
    }
}
