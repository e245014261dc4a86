package dev.camelstudio.simulator.session;

import java.util.concurrent.atomic.AtomicInteger;

/** Faults that apply to every connection: read by the connections, set through the simulator's fault API. */
public final class ConnectionFaults {

    private volatile boolean heartbeatsStopped;
    private final AtomicInteger subscribesToReject = new AtomicInteger();

    public boolean heartbeatsStopped() {
        return heartbeatsStopped;
    }

    public void heartbeatsStopped(boolean stopped) {
        this.heartbeatsStopped = stopped;
    }

    public void rejectNextSubscribes(int count) {
        subscribesToReject.set(count);
    }

    /** True if this subscribe is to be rejected, counting it against the pending rejections. */
    boolean consumeSubscribeRejection() {
        return subscribesToReject.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    public void clear() {
        heartbeatsStopped = false;
        subscribesToReject.set(0);
    }
}
