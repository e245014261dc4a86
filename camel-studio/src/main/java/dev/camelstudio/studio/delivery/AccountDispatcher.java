package dev.camelstudio.studio.delivery;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one account's deliveries to its route one at a time and in order, through a bounded buffer, on the thread
 * its {@link DeliveryMode} says; it owns the mode, the back-pressure and the slow-route budget. Lock-free: the one
 * drain per account is started by whoever finds none running, and nothing here runs while a lock is held by the
 * caller (the stream queues under its lock, and starts the drain after letting go of it).
 * <p>
 * A reader that finds the buffer full waits until it is half empty, not for one free slot: it then queues half a
 * buffer without waiting again, instead of being woken once per delivery. On a shared connection that wait is
 * budgeted: the reader may wait for the account at most {@code slowRouteTimeout} in all until the route has emptied
 * the buffer; a route that uses the budget up is too slow for the connection, and the account moves to one of its own.
 * So a burst (a day's replay) into a route that keeps up on average is absorbed, and the other accounts on the
 * connection are held up by about {@code slowRouteTimeout} at most.
 */
public final class AccountDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AccountDispatcher.class);
    /** How often a reader that waits for room looks whether the stream halted meanwhile. */
    private static final long HALT_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Executor pool;
    private final int capacity;
    /** How far the buffer must drain before a waiting reader is woken. */
    private final int lowWater;
    private final long slowRouteNanos;
    private final Queue<Runnable> buffer = new ConcurrentLinkedQueue<>();
    /** Deliveries queued and not yet taken by the drain: raised by the readers, lowered by the drain. */
    private final AtomicInteger queued = new AtomicInteger();
    /** Whether a drain is queued on the pool or running (on the pool or on a reader). */
    private final AtomicBoolean draining = new AtomicBoolean();
    /**
     * How long readers waited for room since the buffer was last empty: added to by the readers (outside any lock),
     * set back to 0 by the drain when it empties the buffer.
     */
    private final AtomicLong waitedNanos = new AtomicLong();
    /** Set by the stream's named transitions (under its lock); read by the readers and by the drain. */
    private volatile DeliveryMode mode = DeliveryMode.SHARED;
    /**
     * The reader waiting for room, if any; woken by the drain at {@link #lowWater}. Should two wait (a token rotation's
     * overlap), the one not named here wakes on its own within 50 ms.
     */
    private volatile Thread waitingReader;
    /** Waited on only by {@link #awaitDrained} (a consumer stopping); notified only while someone waits. */
    private final Object drained = new Object();
    private volatile int drainWaiters;

    /**
     * A dispatcher with an empty buffer, in {@link DeliveryMode#SHARED} until told otherwise.
     *
     * @param pool             the delivery pool, shared by all accounts: it runs the drain on a shared connection, and
     *                         always when the drain was started by a problem report
     * @param capacity         how many deliveries the buffer holds; at least 1
     * @param slowRouteTimeout on a shared connection, how long in all readers may wait for room until the route has
     *                         emptied the buffer
     */
    public AccountDispatcher(Executor pool, int capacity, Duration slowRouteTimeout) {
        this.pool = pool;
        this.capacity = capacity;
        this.lowWater = capacity / 2;
        this.slowRouteNanos = slowRouteTimeout.toNanos();
    }

    /** {@return how many deliveries wait in the buffer now} */
    public int queued() {
        return queued.get();
    }

    /** {@return how deliveries reach the route now} */
    public DeliveryMode mode() {
        return mode;
    }

    /**
     * The one transition of the delivery mode: the stream calls it under its lock, so that a reader deciding whether
     * to take a message sees either the old mode or the new one. Moving to a connection of its own keeps the buffer:
     * what it holds is delivered first, in order.
     *
     * @param next the mode from now on
     */
    void moveTo(DeliveryMode next) {
        if (next == DeliveryMode.SHARED) {
            waitedNanos.set(0);
        }
        mode = next;
    }

    /** Queues a delivery if there is room; false when the buffer is full (nothing was queued). Under the lock. */
    boolean offer(Runnable delivery) {
        if (queued.get() >= capacity) {
            return false;
        }
        queued.incrementAndGet();
        buffer.add(delivery);
        return true;
    }

    /**
     * Queues a problem report, room or not (the route hears of it in order with its messages), and starts the drain
     * on the pool if none runs: a report comes from the session's or a reader's thread, which must not run user code.
     */
    void report(Runnable report) {
        queued.incrementAndGet();
        buffer.add(report);
        if (draining.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }

    /**
     * Runs a task of the account's consumer on the pool at once, beside the buffer rather than behind it (a move to a
     * connection of its own must not wait for a slow route to work through its buffer).
     */
    void runBeside(Runnable task) {
        pool.execute(task);
    }

    /**
     * Starts the drain if none runs and there is something to deliver: on this thread in {@link DeliveryMode#INLINE}
     * (a connection of its own, whose reader then runs the route, and TCP pushes back), else on the pool. Called by a
     * reader after it let go of the stream's lock.
     */
    void deliverQueued() {
        if (buffer.isEmpty() || !draining.compareAndSet(false, true)) {
            return;
        }
        if (mode == DeliveryMode.INLINE) {
            drain();
        } else {
            pool.execute(this::drain);
        }
    }

    /**
     * Waits for room, outside any lock: until the buffer is half empty, or the stream halts, or on a shared
     * connection until the slow-route budget is used up.
     *
     * @param halted whether the stream halted meanwhile (looked at every 50 ms)
     * @return true if there is room now; false if the stream halted, the reader was interrupted (its flag is set
     *         again), or the budget is used up ({@link #isTooSlow()})
     */
    boolean awaitRoom(BooleanSupplier halted) {
        long start = System.nanoTime();
        boolean budgeted = mode == DeliveryMode.SHARED;
        long budget = budgeted ? slowRouteNanos - waitedNanos.get() : Long.MAX_VALUE;
        waitingReader = Thread.currentThread();
        try {
            // The volatile write above comes before this read, and the drain lowers the count before it reads the
            // field: one of the two sees the other, so a wake-up is never lost.
            while (queued.get() > lowWater && !halted.getAsBoolean()) {
                long left = budget - (System.nanoTime() - start);
                if (left <= 0) {
                    return false;
                }
                LockSupport.parkNanos(this, Math.min(left, HALT_CHECK_NANOS));
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return !halted.getAsBoolean();
        } finally {
            waitingReader = null;
            if (budgeted) {
                waitedNanos.addAndGet(System.nanoTime() - start);
            }
        }
    }

    /** {@return whether readers waited for this account's route for all of the slow-route budget} */
    boolean isTooSlow() {
        return mode == DeliveryMode.SHARED && waitedNanos.get() >= slowRouteNanos;
    }

    private void drain() {
        do {
            Runnable next;
            while ((next = buffer.poll()) != null) {
                int left = queued.decrementAndGet();
                Thread reader = waitingReader;
                if (reader != null && left <= lowWater) {
                    LockSupport.unpark(reader);
                }
                run(next);
                if (left == 0) {
                    // The route caught up: a later burst has the whole budget again.
                    waitedNanos.set(0);
                }
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
            // Deliveries handle their own errors; one that escapes (a state repository that throws) must not stop
            // the account's stream.
            LOG.warn("A Studio delivery failed unexpectedly: {}", e.toString(), e);
        }
    }

    /**
     * Waits until every queued delivery ran, up to the timeout (the consumer stops).
     *
     * @param timeoutMillis how long to wait, in milliseconds
     * @return false if the buffer did not drain in time
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitDrained(long timeoutMillis) throws InterruptedException {
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
