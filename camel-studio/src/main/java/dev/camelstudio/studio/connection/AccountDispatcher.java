package dev.camelstudio.studio.connection;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one account's deliveries to its route on a pool shared by all accounts, one at a time and in order, through
 * a bounded buffer: on a connection shared by several accounts, a slow route then holds up only its own account,
 * and the socket's reader never waits for it. When the buffer is full, {@link #offer} says no and the caller decides
 * (the session moves the account to a connection of its own, whose replay brings back what could not be taken).
 */
public final class AccountDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AccountDispatcher.class);

    private final Executor pool;
    private final int capacity;
    // Guarded by this: the buffer, and whether a drain task is queued or running on the pool.
    private final Deque<Runnable> buffer = new ArrayDeque<>();
    private boolean draining;

    public AccountDispatcher(Executor pool, int capacity) {
        this.pool = pool;
        this.capacity = capacity;
    }

    /** Queues a delivery; false when the buffer is full (nothing was queued). */
    boolean offer(Runnable delivery) {
        synchronized (this) {
            if (buffer.size() >= capacity) {
                return false;
            }
            buffer.addLast(delivery);
            if (draining) {
                return true;
            }
            draining = true;
        }
        pool.execute(this::drain);
        return true;
    }

    /**
     * Queues a delivery, waiting while the buffer is full: on a connection of its own, a slow route then stops the
     * socket's reading, which pushes back on Studio through TCP.
     */
    void put(Runnable delivery) throws InterruptedException {
        synchronized (this) {
            while (buffer.size() >= capacity) {
                wait();
            }
        }
        offer(delivery);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = buffer.pollFirst();
                notifyAll();
                if (next == null) {
                    draining = false;
                    notifyAll();
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                // Deliveries handle their own errors; one that escapes must not stop the account's stream.
                LOG.warn("A Studio delivery failed unexpectedly: {}", e.toString(), e);
            }
        }
    }

    /** Waits until every queued delivery ran, up to {@code timeoutMillis}; true if it did. */
    synchronized boolean awaitDrained(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (draining) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
