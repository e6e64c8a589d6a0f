package io.tonearm.agent.session;

import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Remembers the last command ids and the newest session version applied, so a command runs at
 * most once and a stale one is refused. Owned by the session thread.
 */
final class CommandLedger {
    private final int capacity;
    private final Set<String> seen = new LinkedHashSet<>();
    private long version;

    CommandLedger(int capacity) {
        this.capacity = capacity;
    }

    /** How the ledger judges a command before it runs. */
    enum Verdict { FRESH, DUPLICATE, STALE }

    Verdict judge(CommandEnvelope command) {
        if (seen.contains(command.id())) {
            return Verdict.DUPLICATE;
        }
        return command.sessionVersion() < version ? Verdict.STALE : Verdict.FRESH;
    }

    /** Records that {@code command} was handled (applied or refused), so a repeat is a duplicate. */
    void record(CommandEnvelope command, boolean applied) {
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

    long version() {
        return version;
    }
}
