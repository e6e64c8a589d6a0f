package io.tonearm.agent.session;

import io.tonearm.agent.playback.PlayRequest;
import io.tonearm.agent.playback.Player;
import io.tonearm.agent.playback.RepeatMode;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubTransport;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out hub commands on the session thread: at most once per id, never from a stale
 * session version, each answered with an ack.
 */
final class CommandHandler implements DeviceCommand.Visitor<Optional<CommandHandler.Failure>> {
    private static final Logger LOG = LoggerFactory.getLogger(CommandHandler.class);
    /** Previous restarts the track instead of going back when this far into it. */
    private static final long RESTART_THRESHOLD_MS = 3000;

    private final HubTransport transport;
    private final TimeSource time;
    private final Quality maxQuality;
    private final SessionState state;
    private final CommandLedger ledger = new CommandLedger(1024);
    private Player player;
    private Quality quality;
    private CommandEnvelope current;
    private PendingPrepare pendingPrepare;
    private OfflineKeeper offline;
    private java.util.concurrent.Executor sessionThread;
    private boolean ackDeferred; // the command being handled acks later (keep offline)

    CommandHandler(SessionContext context, SessionState state) {
        this.transport = context.transport();
        this.time = context.time();
        this.maxQuality = context.maxQuality();
        this.quality = context.maxQuality();
        this.state = state;
    }

    /** Why a valid command could not be carried out: a stable code and a reason for people. */
    record Failure(String code, String reason) {
        static final Failure NOTHING_LOADED_PAUSE = new Failure("nothing_loaded", "nothing to pause");
        static final Failure NOTHING_LOADED_RESUME = new Failure("nothing_loaded", "nothing to resume");
        static final Failure NOTHING_LOADED_SEEK = new Failure("nothing_loaded", "nothing to seek in");
        static final Failure NO_NEXT = new Failure("no_next_track", "no next track");
        static final Failure NO_PREVIOUS = new Failure("no_previous_track", "no previous track");
        static final Failure NOTHING_PREPARED = new Failure("nothing_prepared", "no prepared track to start");
        static final Failure SUPERSEDED = new Failure("superseded", "a later command replaced the prepared track");
        static final Failure OFFLINE_UNAVAILABLE = new Failure("offline_unavailable", "this device has no offline cache");
    }

    /** A Prepare whose ack waits until its first sample is ready. */
    private record PendingPrepare(String commandId, long generation) {
    }

    void attach(Player p) {
        this.player = p;
    }

    /** The offline cache's keeper, and the session thread its outcomes are acked on. */
    void attachOffline(OfflineKeeper keeper, java.util.concurrent.Executor session) {
        this.offline = keeper;
        this.sessionThread = session;
    }

    void handle(CommandEnvelope envelope) {
        if (envelope.command() instanceof DeviceCommand.ClockProbe) {
            // Outside the ledger and the session version: a probe only reads the clock.
            transport.publishAck(new CommandAck(envelope.id(), CommandAck.Outcome.APPLIED, "", "", ledger.version(),
                    time.currentTimeMillis(), envelope.receivedAtMs()));
            return;
        }
        switch (ledger.judge(envelope)) {
            case DUPLICATE:
                ack(envelope.id(), CommandAck.Outcome.DUPLICATE, "command " + envelope.id() + " was already executed", "");
                return;
            case STALE:
                ledger.record(envelope, false);
                ack(envelope.id(), CommandAck.Outcome.STALE, "session version " + envelope.sessionVersion()
                        + " is older than " + ledger.version(), "");
                return;
            case FRESH:
                break;
            default:
                throw new AssertionError("unhandled verdict");
        }
        ledger.record(envelope, true);
        state.versionApplied(envelope.sessionVersion());
        current = envelope;
        ackDeferred = false;
        Optional<Failure> failure = envelope.command().accept(this);
        current = null;
        if (failure.isEmpty() && ackDeferred) {
            LOG.info("command {} {} started", envelope.id(), envelope.command().getClass().getSimpleName());
            return; // acked when the keeper is done
        }
        LOG.info("command {} {}{}{}", envelope.id(), envelope.command().getClass().getSimpleName(),
                failure.map(f -> " failed: " + f.reason()).orElse(""), lateness(envelope));
        if (failure.isEmpty() && pendingPrepare != null && pendingPrepare.commandId().equals(envelope.id())) {
            return; // acked by prepared() or preparationFailed()
        }
        ack(envelope.id(), failure.isPresent() ? CommandAck.Outcome.FAILED : CommandAck.Outcome.APPLIED,
                failure.map(Failure::reason).orElse(""), failure.map(Failure::code).orElse(""));
    }

    /**
     * A command will run at its execute-at instant. Called on the transport's thread at arrival,
     * so it only warns the player: a scheduled pause needs a short sink buffer to be punctual.
     */
    void scheduled(CommandEnvelope envelope) {
        if (envelope.command() instanceof DeviceCommand.Pause && player != null) {
            player.expectScheduledPause();
        }
    }

    /** The player has the first sample of generation {@code gen} ready: a waiting Prepare is acked. */
    void prepared(long gen) {
        if (pendingPrepare != null && pendingPrepare.generation() == gen) {
            ack(pendingPrepare.commandId(), CommandAck.Outcome.APPLIED, "", "");
            pendingPrepare = null;
        }
    }

    /** Generation {@code gen} failed before it was ready: a waiting Prepare fails with the player's code. */
    void preparationFailed(long gen, String code, String message) {
        if (pendingPrepare != null && pendingPrepare.generation() == gen) {
            ack(pendingPrepare.commandId(), CommandAck.Outcome.FAILED, message.length() > 256 ? message.substring(0, 256)
                    : message, code.matches("[a-z_]{1,64}") ? code : "");
            pendingPrepare = null;
        }
    }

    private void supersedePrepare() {
        if (pendingPrepare != null) {
            ack(pendingPrepare.commandId(), CommandAck.Outcome.FAILED, Failure.SUPERSEDED.reason(), Failure.SUPERSEDED.code());
            pendingPrepare = null;
        }
    }

    private String lateness(CommandEnvelope envelope) {
        if (envelope.executeAtMs() == 0) {
            return "";
        }
        return " (" + (time.currentTimeMillis() - envelope.executeAtMs()) + " ms after its execute-at)";
    }

    /** A command from the device's own controls: no id, no version, no ack; a failure is only logged. */
    void local(DeviceCommand command) {
        Optional<Failure> failure = command.accept(this);
        LOG.info("local {}{}", command.getClass().getSimpleName(), failure.map(f -> " not applied: " + f.reason()).orElse(""));
    }

    void refuse(String commandId, String reason) {
        ack(commandId, CommandAck.Outcome.INVALID, reason.length() > 256 ? reason.substring(0, 256) : reason, "");
    }

    @Override
    public Optional<Failure> play(DeviceCommand.Play play) {
        supersedePrepare();
        play.repeat().ifPresent(player::setRepeat);
        quality = play.quality().orElse(maxQuality).cappedAt(maxQuality);
        long gen = player.play(new PlayRequest(play.tracks(), play.index(), play.positionMs(), quality, false));
        state.playRequested(gen, play.tracks(), play.index(), play.positionMs(), false);
        return Optional.empty();
    }

    @Override
    public Optional<Failure> pause(DeviceCommand.Pause pause) {
        if (state.track().isEmpty()) {
            return Optional.of(Failure.NOTHING_LOADED_PAUSE);
        }
        player.pause();
        state.pausedByCommand();
        return Optional.empty();
    }

    @Override
    public Optional<Failure> resume(DeviceCommand.Resume resume) {
        if (state.track().isEmpty()) {
            return Optional.of(Failure.NOTHING_LOADED_RESUME);
        }
        if (player.isHolding()) {
            player.start(state.positionMs());
        } else {
            player.resume();
        }
        state.resumedByCommand();
        return Optional.empty();
    }

    @Override
    public Optional<Failure> stop(DeviceCommand.Stop stop) {
        supersedePrepare();
        player.stop();
        state.stoppedByCommand();
        return Optional.empty();
    }

    @Override
    public Optional<Failure> seek(DeviceCommand.Seek seek) {
        if (state.track().isEmpty()) {
            return Optional.of(Failure.NOTHING_LOADED_SEEK);
        }
        supersedePrepare();
        long gen = player.play(new PlayRequest(state.queue(), state.index(), seek.positionMs(), quality, state.paused()));
        state.seeked(gen, seek.positionMs());
        return Optional.empty();
    }

    @Override
    public Optional<Failure> setVolume(DeviceCommand.SetVolume setVolume) {
        player.setVolume(setVolume.volumePercent());
        state.volumeChanged(setVolume.volumePercent());
        return Optional.empty();
    }

    @Override
    public Optional<Failure> next(DeviceCommand.Next next) {
        if (state.track().isEmpty()) {
            return Optional.of(Failure.NO_NEXT);
        }
        boolean wraps = player.repeat() == RepeatMode.CONTEXT;
        if (state.index() + 1 >= state.queue().size() && !wraps) {
            return Optional.of(Failure.NO_NEXT);
        }
        return jump((state.index() + 1) % state.queue().size());
    }

    @Override
    public Optional<Failure> previous(DeviceCommand.Previous previous) {
        if (state.track().isEmpty()) {
            return Optional.of(Failure.NO_PREVIOUS);
        }
        boolean restart = state.positionMs() > RESTART_THRESHOLD_MS || state.index() == 0;
        return jump(restart ? state.index() : state.index() - 1);
    }

    private Optional<Failure> jump(int index) {
        supersedePrepare();
        long gen = player.play(new PlayRequest(state.queue(), index, 0, quality, state.paused()));
        state.playRequested(gen, state.queue(), index, 0, state.paused());
        return Optional.empty();
    }

    @Override
    public Optional<Failure> prepare(DeviceCommand.Prepare prepare) {
        supersedePrepare();
        prepare.repeat().ifPresent(player::setRepeat);
        quality = prepare.quality().orElse(maxQuality).cappedAt(maxQuality);
        long gen = player.play(new PlayRequest(prepare.tracks(), prepare.index(), prepare.positionMs(), quality, false, true));
        state.playRequested(gen, prepare.tracks(), prepare.index(), prepare.positionMs(), false);
        pendingPrepare = new PendingPrepare(current.id(), gen);
        return Optional.empty();
    }

    @Override
    public Optional<Failure> start(DeviceCommand.Start start) {
        if (!player.start(start.positionMs())) {
            return Optional.of(Failure.NOTHING_PREPARED);
        }
        state.resumedByCommand();
        return Optional.empty();
    }

    @Override
    public Optional<Failure> setRepeat(DeviceCommand.SetRepeat setRepeat) {
        player.setRepeat(setRepeat.mode());
        return Optional.empty();
    }

    /**
     * Pins and fetches the tracks on the keeper's thread; the ack follows on the session thread:
     * APPLIED when all are kept, FAILED offline_incomplete when some are not, offline_unavailable
     * when the device has no cache. A local keep (no command) only logs.
     */
    @Override
    public Optional<Failure> keepOffline(DeviceCommand.KeepOffline keep) {
        if (offline == null) {
            return Optional.of(Failure.OFFLINE_UNAVAILABLE);
        }
        String id = current == null ? null : current.id();
        ackDeferred = id != null;
        offline.keep(keep.tracks()).whenComplete((failed, error) -> sessionThread.execute(() -> {
            Failure f = error != null ? Failure.OFFLINE_UNAVAILABLE : failed > 0 ? new Failure("offline_incomplete",
                    failed + " of " + keep.tracks().size() + " tracks could not be kept offline") : null;
            LOG.info("keep offline of {} tracks {}", keep.tracks().size(), f == null ? "done" : "failed: " + f.reason());
            if (id != null) {
                ack(id, f == null ? CommandAck.Outcome.APPLIED : CommandAck.Outcome.FAILED, f == null ? "" : f.reason(),
                        f == null ? "" : f.code());
            }
        }));
        return Optional.empty();
    }

    @Override
    public Optional<Failure> clockProbe(DeviceCommand.ClockProbe probe) {
        throw new AssertionError("clock probes are answered before dispatch");
    }

    private void ack(String id, CommandAck.Outcome outcome, String reason, String errorCode) {
        transport.publishAck(new CommandAck(id, outcome, reason, errorCode, ledger.version(), time.currentTimeMillis()));
    }
}
