package io.tonearm.agent.session;

import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Remembers the last command ids and the newest session version applied, so a command runs at
 * most once and a stale one is refused. Owned by the session thread (not thread-safe). Public so
 * the fleet simulator runs this very logic for its lightweight devices.
 */
public final class CommandLedger {
    private final int capacity;
    private final Set<String> seen = new LinkedHashSet<>();
    private long version;

    public CommandLedger(int capacity) {
        this.capacity = capacity;
    }

    /** How the ledger judges a command before it runs. */
    public enum Verdict { FRESH, DUPLICATE, STALE }

    public Verdict judge(CommandEnvelope command) {
        if (seen.contains(command.id())) {
            return Verdict.DUPLICATE;
        }
        return command.sessionVersion() < version ? Verdict.STALE : Verdict.FRESH;
    }

    /** Records that {@code command} was handled (applied or refused), so a repeat is a duplicate. */
    public void record(CommandEnvelope command, boolean applied) {
        seen.add(command.id());
        if (seen.size() > capacity) {
            Iterator<String> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
        if (applied) {
            version = Math.max(version, command.sessionVersion());
        }
    }

    public long version() {
        return version;
    }
}
