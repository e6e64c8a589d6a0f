package io.tonearm.agent.time;

/**
 * Port: the agent's only way to read time or wait, so tests and simulators can run it in virtual
 * time. Thread-safe.
 */
public interface TimeSource {

    /** Monotonic nanoseconds, for durations. */
    long nanoTime();

    /** Wall-clock milliseconds since the Unix epoch, for timestamps on the wire. */
    long currentTimeMillis();

    /** Waits until {@link #nanoTime()} has reached {@code deadlineNanos}. */
    void sleepUntil(long deadlineNanos) throws InterruptedException;

    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public long currentTimeMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public void sleepUntil(long deadlineNanos) throws InterruptedException {
            long wait;
            while ((wait = deadlineNanos - System.nanoTime()) > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    };
}
