package dev.camelstudio.studio.connection;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one account's deliveries to its route on a pool shared by all accounts, one at a time and in order, through
 * a bounded buffer: on a connection shared by several accounts, a slow route then holds up its own account and, for
 * no longer than its stream allows (see {@link AccountStream}), the socket's reader. Lock-free on the way in; the one
 * drain task per account is started by whoever finds none running.
 * <p>
 * One producer at a time (the account's stream queues under its lock), so "is there room" and "take it" need no
 * compare-and-set. A producer that finds the buffer full waits until it is half empty, not for one free slot: it
 * then queues half a buffer without waiting again, instead of being woken once per delivery.
 */
public final class AccountDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AccountDispatcher.class);

    private final Executor pool;
    private final int capacity;
    /** How far the buffer must drain before a waiting producer is woken. */
    private final int lowWater;
    private final Queue<Runnable> buffer = new ConcurrentLinkedQueue<>();
    /** Deliveries queued and not yet taken by the drain: raised by the producer, lowered by the drain. */
    private final AtomicInteger queued = new AtomicInteger();
    /** Whether a drain task is queued or running on the pool. */
    private final AtomicBoolean draining = new AtomicBoolean();
    /** The producer waiting for room, if any; woken by the drain at {@link #lowWater}. */
    private volatile Thread waitingProducer;
    /** Waited on only by {@link #awaitDrained} (a consumer stopping); notified only while someone waits. */
    private final Object drained = new Object();
    private volatile int drainWaiters;

    /**
     * A dispatcher with an empty buffer.
     *
     * @param pool     the delivery pool, shared by all accounts, that runs the account's drain task
     * @param capacity how many deliveries the buffer holds; a producer that finds it full waits until it is half empty
     */
    public AccountDispatcher(Executor pool, int capacity) {
        this.pool = pool;
        this.capacity = capacity;
        this.lowWater = capacity / 2;
    }

    /** Queues a delivery if there is room; false when the buffer is full (nothing was queued). */
    boolean offer(Runnable delivery) {
        if (queued.get() >= capacity) {
            return false;
        }
        queued.incrementAndGet();
        buffer.add(delivery);
        if (draining.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
        return true;
    }

    /**
     * Queues a delivery, waiting up to {@code timeoutNanos} while the buffer is full (until it is half empty); false if
     * it stayed full that long (nothing was queued).
     */
    boolean offer(Runnable delivery, long timeoutNanos) throws InterruptedException {
        if (offer(delivery)) {
            return true;
        }
        long deadline = System.nanoTime() + timeoutNanos;
        waitingProducer = Thread.currentThread();
        try {
            // The volatile write above comes before this read, and the drain lowers the count before it reads the
            // field: one of the two sees the other, so a wake-up is never lost.
            while (queued.get() > lowWater) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                LockSupport.parkNanos(this, left);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        } finally {
            waitingProducer = null;
        }
        return offer(delivery);
    }

    private void drain() {
        do {
            Runnable next;
            while ((next = buffer.poll()) != null) {
                int left = queued.decrementAndGet();
                Thread producer = waitingProducer;
                if (producer != null && left <= lowWater) {
                    LockSupport.unpark(producer);
                }
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
