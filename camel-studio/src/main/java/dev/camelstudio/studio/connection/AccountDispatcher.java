package dev.camelstudio.studio.connection;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one account's deliveries to its route on a pool shared by all accounts, one at a time and in order, through
 * a bounded buffer: on a connection shared by several accounts, a slow route then holds up its own account and, for
 * no longer than its stream allows (see {@link AccountStream}), the socket's reader. Lock-free on the way in: a free
 * slot is a permit, and the one drain task per account is started by whoever finds none running.
 */
public final class AccountDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AccountDispatcher.class);

    private final Executor pool;
    /** One permit per free slot: taken by the reader to queue, given back as the drain takes a delivery. */
    private final Semaphore freeSlots;
    private final Queue<Runnable> buffer = new ConcurrentLinkedQueue<>();
    /** Whether a drain task is queued or running on the pool. */
    private final AtomicBoolean draining = new AtomicBoolean();
    /** Waited on only by {@link #awaitDrained} (a consumer stopping); notified only while someone waits. */
    private final Object drained = new Object();
    private volatile int drainWaiters;

    public AccountDispatcher(Executor pool, int capacity) {
        this.pool = pool;
        this.freeSlots = new Semaphore(capacity);
    }

    /** Queues a delivery if a slot is free; false when the buffer is full (nothing was queued). */
    boolean offer(Runnable delivery) {
        if (!freeSlots.tryAcquire()) {
            return false;
        }
        enqueue(delivery);
        return true;
    }

    /** Queues a delivery, waiting up to {@code timeoutNanos} for a free slot; false if none came (nothing queued). */
    boolean offer(Runnable delivery, long timeoutNanos) throws InterruptedException {
        if (!freeSlots.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
            return false;
        }
        enqueue(delivery);
        return true;
    }

    private void enqueue(Runnable delivery) {
        buffer.add(delivery);
        if (draining.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }

    private void drain() {
        do {
            Runnable next;
            while ((next = buffer.poll()) != null) {
                freeSlots.release();
                run(next);
            }
            draining.set(false);
            // A delivery queued after the last poll but before the reset started no drain: it is taken here.
        } while (!buffer.isEmpty() && draining.compareAndSet(false, true));
        if (drainWaiters > 0) {
            synchronized (drained) {
                drained.notifyAll();
            }
        }
    }

    private static void run(Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            // Deliveries handle their own errors; one that escapes must not stop the account's stream.
            LOG.warn("A Studio delivery failed unexpectedly: {}", e.toString(), e);
        }
    }

    /** Waits until every queued delivery ran, up to {@code timeoutMillis}; true if it did. */
    boolean awaitDrained(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (drained) {
            drainWaiters++;
            try {
                while (draining.get() || !buffer.isEmpty()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    drained.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
                return true;
            } finally {
                drainWaiters--;
            }
        }
    }
}
