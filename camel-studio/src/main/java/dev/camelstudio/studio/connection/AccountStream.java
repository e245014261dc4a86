package dev.camelstudio.studio.connection;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.studio.protocol.DecodedFrame;
import dev.camelstudio.studio.protocol.MessageType;
import dev.camelstudio.studio.protocol.SubscribeAck;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account's delivery, across connections and sessions: drops what was already delivered, heals or reports gaps,
 * skips the first replay when asked to start live, saves the position, and hands messages to the account's
 * {@link SessionListener} as its {@link DeliveryMode} says: on the reader thread (a connection of its own: a slow
 * route pushes back through TCP) or through a bounded {@link AccountDispatcher} on the delivery pool (a shared
 * connection, the default). On a shared connection a full buffer makes the reader wait (back-pressure, so a burst
 * such as a day's replay is absorbed); only a route that keeps its buffer full for {@code slowRouteTimeout} is too
 * slow for it, and the session moves the account to a connection of its own.
 * <p>
 * A delivery the listener did not complete (the consumer stops, or breakOnFirstError) halts the stream: the rest of
 * the buffer is dropped unacknowledged, and the account's next successful subscribe goes back to the saved position,
 * so that the replay offers what was dropped again, in order.
 * <p>
 * Threads: messages are taken by the reader threads of the account's connections (two during a token rotation's
 * overlap) under the stream's lock, which also guards the fields below that say so: two connections never deliver
 * the same sequence twice or out of order. Deliveries run on the delivering thread (the reader, or the pool).
 */
public final class AccountStream {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStream.class);
    /** How often a reader that waits for a full buffer looks whether the stream halted meanwhile. */
    private static final long HALT_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /**
     * What a stream asks of its session while it takes a message, and what the routing tells it; the session acts on
     * its executor.
     */
    interface SessionRequests {
        /** {@code missing} messages before {@code sequence} can be replayed: a fresh connection, at once. */
        void resubscribe(AccountStream stream, long missing, long sequence);

        /** The route is too slow for its shared connection: a connection of its own. */
        void moveToOwnConnection(AccountStream stream);

        /** The account's replay is complete on the connection that brought the message. */
        void replayCompleted(AccountStream stream);
    }

    private final SequenceTracker tracker;
    private final GapHandling gapHandling;
    private final PositionStore positions;
    private final SessionListener listener;
    private final Clock clock;
    /** How long a shared connection's reader may keep finding this account's buffer full; in nanoseconds. */
    private final long slowRouteNanos;
    private final SessionCounters counters = new SessionCounters();
    /** Whether control messages go to the listener; when not, they are not queued only to be dropped. */
    private final boolean controlMessages;
    /** Changed under the lock; volatile so that the consumer may read it while a reader waits inside. */
    private volatile DeliveryMode mode = DeliveryMode.INLINE;
    // Guarded by this, from here to the volatile fields.
    /** The buffer of every mode but INLINE. */
    private AccountDispatcher dispatcher;
    /** When the reader first found the buffer full without a free slot since ({@link System#nanoTime}); 0: not. */
    private long fullSinceNanos;
    /** startFrom=live: the first replay advances the position without delivering. */
    private boolean skipReplay;
    /** A resubscribe was asked for because of a gap; the old connection's later live frames are dropped. */
    private boolean healing;
    /**
     * A delivery was not completed (the consumer is stopping, or the route failed with breakOnFirstError): nothing
     * more is delivered or acknowledged, and what the buffer holds is dropped, until the account's next successful
     * subscribe, which goes back to the saved position so that Studio's replay offers the rest again. Set on the
     * delivering thread, read by the reader; cleared under the lock.
     */
    private volatile boolean halted;
    /** The connection whose successful ack this stream took last; read by the session's executor. */
    private volatile String subscribedOn;
    /** Counts resumes: a delivery queued before the last one is stale, as the replay brings its message again. */
    private volatile int epoch;
    /** Subscribed and replayed on the current connection. */
    private volatile boolean ready;
    /** Why Studio last refused the account's subscription, until it is ready again; null if it did not. */
    private volatile String refusal;

    /**
     * The stream of one account, from the position saved for it (if any).
     *
     * @param accountId        the account whose messages the stream takes
     * @param startLive        startFrom=live: if no position is saved, the first replay advances the position without
     *                         being delivered
     * @param gapHandling      what to do when sequences are missing
     * @param positions        where the account's position is loaded from (now, and on resuming after a halt) and
     *                         saved to
     * @param listener         the consumer the messages are handed to
     * @param clock            the time of the account's last message, for its counters
     * @param slowRouteTimeout on a shared connection, how long the route may keep its buffer full before the account
     *                         is moved to a connection of its own
     */
    public AccountStream(String accountId, boolean startLive, GapHandling gapHandling, PositionStore positions,
            SessionListener listener, Clock clock, Duration slowRouteTimeout) {
        this.tracker = new SequenceTracker(accountId);
        this.gapHandling = gapHandling;
        this.positions = positions;
        this.listener = listener;
        this.controlMessages = listener.wantsControlMessages();
        this.clock = clock;
        this.slowRouteNanos = slowRouteTimeout.toNanos();
        String saved = positions.load(accountId);
        if (saved != null) {
            tracker.restore(saved);
        }
        this.skipReplay = startLive && saved == null;
    }

    /** {@return the account whose messages the stream takes} */
    public String accountId() {
        return tracker.accountId();
    }

    /**
     * The position of the last message taken (delivered or queued), {@code yyyy-MM-dd:sequence}; null if none.
     *
     * @return the position, or null
     */
    public synchronized String position() {
        return tracker.position();
    }

    SessionListener listener() {
        return listener;
    }

    /**
     * The account's delivery counters.
     *
     * @return the counters as of now
     */
    public SessionCounters.Values counters() {
        return counters.values();
    }

    /**
     * Whether the account is subscribed and its replay complete on the current connection.
     *
     * @return true once the replay is complete, until the account is detached or the connection ends
     */
    public boolean isReady() {
        return ready;
    }

    void ready(boolean isReady) {
        this.ready = isReady;
        if (isReady) {
            refusal = null;
        }
    }

    void rejected(String why) {
        counters.subscribeRejections.incrementAndGet();
        refusal = why;
    }

    /**
     * Why the account is not receiving, if Studio refused its subscription: for the health check, which would
     * otherwise show a live connection, or one that is waiting to reconnect, and not why.
     *
     * @return the refusal's message, or null if Studio did not refuse the account since it was last ready
     */
    public String refusal() {
        return refusal;
    }

    /**
     * Transition to SHARED: delivers through {@code buffer} on the delivery pool from now on.
     *
     * @param buffer the account's bounded buffer on the delivery pool
     */
    public synchronized void shareConnection(AccountDispatcher buffer) {
        this.dispatcher = buffer;
        this.mode = DeliveryMode.SHARED;
        this.fullSinceNanos = 0;
    }

    /**
     * Transition to INLINE: delivers on the reader thread of a connection of its own. Only for a stream that has
     * nothing buffered: a move keeps its buffer ({@link #movedToOwnConnection}).
     */
    public synchronized void ownConnection() {
        this.dispatcher = null;
        this.mode = DeliveryMode.INLINE;
    }

    /**
     * Transition from MOVING to MOVED: its buffer keeps what it holds (so the order is kept), and from now on a full
     * buffer makes the new connection's reader wait as long as it takes.
     */
    public synchronized void movedToOwnConnection() {
        mode = DeliveryMode.MOVED;
        healing = false;
    }

    /**
     * How messages reach the route now.
     *
     * @return the stream's delivery mode
     */
    public DeliveryMode mode() {
        return mode;
    }

    /** Returns once no thread is inside {@link #accept}: the lock is taken and let go. */
    synchronized void awaitIdle() {
        // Nothing to do: holding the lock is the point.
    }

    /**
     * Waits until what the buffer holds was delivered, up to the timeout (the consumer stops).
     *
     * @param timeoutMillis how long to wait, in milliseconds
     * @return false if the buffer did not drain in time
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean drain(long timeoutMillis) throws InterruptedException {
        AccountDispatcher buffered;
        synchronized (this) {
            buffered = dispatcher;
        }
        return buffered == null || buffered.awaitDrained(timeoutMillis);
    }

    /**
     * Takes a message of this account: delivers it, drops it, or, for a gap that a replay can fill, drops it and
     * asks {@code resubscribe} (with the missing count) for a fresh connection.
     */
    synchronized void accept(InboundMessage inbound, SessionRequests session) {
        if (isSubscribed(inbound.frame())) {
            subscribedOn = inbound.connectionId();
            if (halted) {
                resumeFromSavedPosition();
            }
        }
        if (mode == DeliveryMode.MOVING || halted) {
            // Not taken, position not advanced: the replay on the account's next connection brings it back.
            return;
        }
        counters.lastMessageAtMillis.set(clock.millis());
        DecodedFrame message = inbound.frame();
        if (message.sequence() == null) {
            if (message.type() == MessageType.REPLAY_COMPLETE) {
                skipReplay = false;
            }
            if (controlMessages || !message.type().isControl()) {
                deliver(inbound, 0, false, session);
            }
            return;
        }
        switch (tracker.verdict(message.sequence(), message.timestamp())) {
            case DUPLICATE:
                counters.duplicatesDropped.incrementAndGet();
                return;
            case GAP:
                gap(inbound, session);
                return;
            default:
                healing = false;
                deliverAndAdvance(inbound, 0, session);
        }
    }

    private static boolean isSubscribed(DecodedFrame frame) {
        return frame.type() == MessageType.SUBSCRIBE_ACTIVITY_ACK && ((SubscribeAck) frame.message()).success();
    }

    /**
     * Stops delivering: what the buffer holds is dropped, unacknowledged, and the position stays at the last message
     * the route completed. The next successful subscribe of the account resumes from there.
     */
    public void halt() {
        halted = true;
    }

    /** The id of the connection whose successful ack this stream took last, or null. */
    String subscribedOn() {
        return subscribedOn;
    }

    /**
     * Whether the stream halted and waits for the account's next subscribe.
     *
     * @return true from the halt until the account's next successful subscribe
     */
    public boolean isHalted() {
        return halted;
    }

    /** A new subscribe after a halt: what was taken but not completed is forgotten, so that the replay brings it. */
    private void resumeFromSavedPosition() {
        tracker.restore(positions.load(accountId()));
        epoch++;
        halted = false;
        healing = false;
        LOG.info("Account {} resumes after sequence {}, the last its route completed", accountId(), tracker.last());
    }

    private void gap(InboundMessage inbound, SessionRequests session) {
        DecodedFrame message = inbound.frame();
        long missing = tracker.missingBefore(message.sequence(), message.timestamp());
        if (!inbound.replay() && gapHandling != GapHandling.WARN) {
            if (!healing) {
                healing = true;
                counters.gapsHealed.incrementAndGet();
                session.resubscribe(this, missing, message.sequence());
            }
            // The fresh connection's replay brings this one again, in order.
            return;
        }
        healing = false;
        counters.gapsUnhealed.incrementAndGet();
        LOG.warn("{} message(s) of account {} are missing before sequence {} and cannot be replayed; delivering from "
                + "there with header CamelStudioMissingBefore={}", missing, accountId(), message.sequence(), missing);
        if (gapHandling == GapHandling.ERROR) {
            listener.problem(new StudioSequenceGapException(accountId(), missing, message.sequence()));
        }
        deliverAndAdvance(inbound, missing, session);
    }

    private void deliverAndAdvance(InboundMessage inbound, long missingBefore, SessionRequests session) {
        DecodedFrame message = inbound.frame();
        boolean skipped = skipReplay && inbound.replay();
        if (!skipped && !deliver(inbound, missingBefore, true, session)) {
            return;
        }
        tracker.delivered(message.sequence(), message.timestamp());
        if (skipped) {
            positions.save(accountId(), tracker.position());
        }
    }

    /** Hands a message on; false if it was not taken (the stream is stopping, or moving). */
    private boolean deliver(InboundMessage inbound, long missingBefore, boolean savePosition,
            SessionRequests session) {
        DecodedFrame message = inbound.frame();
        String position = savePosition ? tracker.positionOf(message.sequence(), message.timestamp()) : null;
        int queuedIn = epoch;
        try {
            switch (mode) {
                case INLINE:
                    handOn(inbound, missingBefore, position, queuedIn);
                    return true;
                case MOVED:
                    return awaitFreeSlot(() -> handOn(inbound, missingBefore, position, queuedIn), Long.MAX_VALUE);
                default:
                    return queueOnSharedConnection(() -> handOn(inbound, missingBefore, position, queuedIn),
                            session);
            }
        } catch (InterruptedException e) {
            // Stopping: not taken, position not advanced, the next start replays it.
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Gives a message to the route, then saves its position (null: none to save), on the thread that delivers:
     * the reader inline, else the account's delivery task.
     */
    private void handOn(InboundMessage inbound, long missingBefore, String position, int queuedIn) {
        if (halted || queuedIn != epoch) {
            // An earlier message was not completed: this one is neither delivered nor acknowledged.
            return;
        }
        if (!inbound.frame().type().isControl()) {
            counters.delivered.incrementAndGet();
        }
        if (!listener.deliver(inbound, missingBefore)) {
            halt();
            return;
        }
        if (position != null) {
            // Saved once the route had it, so a crash before that delivers it again after a restart.
            positions.save(accountId(), position);
        }
    }

    /**
     * Queues on a shared connection, waiting while the buffer is full, until the route has kept it full for
     * {@code slowRouteTimeout}: then the transition to MOVING, and the session moves the account.
     */
    private boolean queueOnSharedConnection(Runnable delivery, SessionRequests session) throws InterruptedException {
        if (dispatcher.offer(delivery)) {
            fullSinceNanos = 0;
            return true;
        }
        long now = System.nanoTime();
        if (fullSinceNanos == 0) {
            fullSinceNanos = now;
        }
        long left = slowRouteNanos - (now - fullSinceNanos);
        if (left > 0 && awaitFreeSlot(delivery, left)) {
            return true;
        }
        if (halted) {
            return false;
        }
        mode = DeliveryMode.MOVING;
        counters.slowRouteMoves.incrementAndGet();
        LOG.warn("The route of account {} kept its buffer on the shared connection full for {} ms (slowRouteTimeout), "
                + "holding up the other accounts; moving it to a connection of its own, whose replay brings back "
                + "what was not taken", accountId(), Duration.ofNanos(slowRouteNanos).toMillis());
        session.moveToOwnConnection(this);
        return false;
    }

    /**
     * Waits up to {@code maxNanos} for a free slot in the buffer and queues the delivery in it. The wait holds the
     * stream's lock, so it looks at {@link #halted} every {@link #HALT_CHECK_NANOS}: a consumer that stops while its
     * route is stuck gets the lock (its detach) within that, and the delivery is then not taken.
     *
     * @return whether it was queued
     */
    private boolean awaitFreeSlot(Runnable delivery, long maxNanos) throws InterruptedException {
        long start = System.nanoTime();
        while (!halted) {
            long left = maxNanos - (System.nanoTime() - start);
            if (left <= 0) {
                return false;
            }
            if (dispatcher.offer(delivery, Math.min(left, HALT_CHECK_NANOS))) {
                return true;
            }
        }
        return false;
    }
}
