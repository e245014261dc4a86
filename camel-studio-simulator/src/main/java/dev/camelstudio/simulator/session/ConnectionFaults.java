package dev.camelstudio.simulator.session;

import java.util.concurrent.atomic.AtomicInteger;

/** Faults that apply to every connection: read by the connections, set through the simulator's fault API. */
public final class ConnectionFaults {

    private volatile boolean heartbeatsStopped;
    private final AtomicInteger subscribesToReject = new AtomicInteger();

    /** No fault injected. */
    public ConnectionFaults() {
    }

    /**
     * Whether heartbeats are stopped on every connection.
     *
     * @return true while heartbeats are stopped
     */
    public boolean heartbeatsStopped() {
        return heartbeatsStopped;
    }

    /**
     * Stops or resumes heartbeats on every connection, those open now and those opened later.
     *
     * @param stopped true to stop heartbeats, false to resume them
     */
    public void heartbeatsStopped(boolean stopped) {
        this.heartbeatsStopped = stopped;
    }

    /**
     * The next {@code count} subscribes, on any connection, are to be rejected.
     *
     * @param count how many subscribes to reject; replaces any count still pending
     */
    public void rejectNextSubscribes(int count) {
        subscribesToReject.set(count);
    }

    /** True if this subscribe is to be rejected, counting it against the pending rejections. */
    boolean consumeSubscribeRejection() {
        return subscribesToReject.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    /** Resumes heartbeats and drops the pending subscribe rejections. */
    public void clear() {
        heartbeatsStopped = false;
        subscribesToReject.set(0);
    }
}
