package dev.camelstudio.studio;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import dev.camelstudio.studio.delivery.AccountStream;
import dev.camelstudio.studio.delivery.DeliveryMode;
import dev.camelstudio.studio.session.StudioSession;

/**
 * A consumer's hold on the session its account is on: leases it and attaches the account, releases it, and moves the
 * account to a connection of its own when its route is too slow for a shared one. A move and a stop cannot
 * interleave: a stop either sees the moved lease and releases it, or the move sees the stop and leases nothing.
 * Nothing here runs a route or waits for one.
 */
final class AccountLease {

    private final StudioSessionRegistry sessions;
    private final StudioEndpoint endpoint;
    private final AccountStream stream;
    /** Held while the lease changes (attach, release, move); never while waiting for a route. */
    private final ReentrantLock leasing = new ReentrantLock();
    /** Written with {@link #leasing} held; volatile so that health checks and JMX read it without the lock. */
    private volatile StudioSessionRegistry.Lease lease;

    AccountLease(StudioSessionRegistry sessions, StudioEndpoint endpoint, AccountStream stream) {
        this.sessions = sessions;
        this.endpoint = endpoint;
        this.stream = stream;
    }

    /** The session the account is on, or null when it is on none (stopped, suspended). */
    StudioSession session() {
        StudioSessionRegistry.Lease current = lease;
        return current == null ? null : current.session();
    }

    /**
     * Leases a session and attaches the account: on a shared connection its route runs behind its buffer on the
     * delivery pool; on its own, on the socket's reader thread.
     */
    void attach(boolean ownConnection) throws Exception {
        leasing.lock();
        try {
            StudioSessionRegistry.Lease leased = sessions.lease(endpoint, ownConnection);
            stream.moveTo(ownConnection ? DeliveryMode.INLINE : DeliveryMode.SHARED);
            lease = leased;
            leased.session().attach(stream);
        } finally {
            leasing.unlock();
        }
    }

    /**
     * Leaves the session and gives the lease back, once: the move and a stop may both ask, and a second release would
     * close a session that other routes still use.
     */
    void release() throws InterruptedException {
        leasing.lock();
        try {
            StudioSessionRegistry.Lease leased = detach();
            if (leased != null) {
                leased.release();
            }
        } finally {
            leasing.unlock();
        }
    }

    private StudioSessionRegistry.Lease detach() {
        StudioSessionRegistry.Lease leased = lease;
        if (leased != null) {
            lease = null;
            leased.session().detach(stream);
        }
        return leased;
    }

    /**
     * Moves a MOVING account to a connection of its own; its buffer keeps what it holds, in order, ahead of what the
     * new connection's replay brings (the duplicates are dropped). The old lease is released without waiting for its
     * session to close. A stop under way (it holds the lock) wins, and so does a consumer no longer running.
     *
     * @param running whether the consumer still runs, asked with the lock held
     * @return false if nothing was to move (moved already, stopping, suspended)
     */
    boolean moveToOwnConnection(BooleanSupplier running) throws Exception {
        if (!leasing.tryLock()) {
            return false;
        }
        try {
            if (lease == null || stream.mode() != DeliveryMode.MOVING || !running.getAsBoolean()) {
                return false;
            }
            detach().releaseLater();
            stream.moveTo(DeliveryMode.MOVED);
            StudioSessionRegistry.Lease own = sessions.lease(endpoint, true);
            lease = own;
            own.session().attach(stream);
            return true;
        } finally {
            leasing.unlock();
        }
    }
}
