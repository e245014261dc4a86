package dev.camelstudio.studio.delivery;

import java.time.Clock;

import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.protocol.DecodedFrame;
import dev.camelstudio.studio.protocol.MessageType;
import dev.camelstudio.studio.protocol.SubscribeAck;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account's sequence, across connections and sessions: drops what was already delivered, heals or reports gaps,
 * skips the first replay when asked to start live, and saves the position once the route completed a message. What
 * it takes goes to the account's {@link AccountDispatcher}, which owns how and where the route runs.
 * <p>
 * A delivery the listener did not complete (the consumer stops, or breakOnFirstError) halts the stream: the rest of
 * the buffer is dropped unacknowledged, and the account's next successful subscribe goes back to the position of the
 * last message the route completed, so that the replay offers what was dropped again, in order.
 * <p>
 * Threads: messages are taken by the reader threads of the account's connections (two during a token rotation's
 * overlap). Each decides under the stream's lock, which guards the fields below that say so, and queues there, so two
 * connections never deliver the same sequence twice or out of order; everything else (waiting for room, the route,
 * saving the position, problem reports, requests to the session) runs after the lock is let go. The route, the
 * position saves and the problem reports run on the dispatcher's delivering thread.
 */
public final class AccountStream {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStream.class);
    /** What a reader does after a decision that leaves nothing more to do. */
    private static final Runnable NOTHING = () -> {
    };

    private final StreamSettings settings;
    private final SequenceTracker tracker;
    private final AccountPositions positions;
    private final AccountListener listener;
    private final AccountDispatcher dispatcher;
    private final Clock clock;
    private final SessionCounters counters = new SessionCounters();
    private final AccountReadiness readiness = new AccountReadiness();
    /** Whether control messages go to the listener; when not, they are not queued only to be dropped. */
    private final boolean controlMessages;
    /** The dispatcher's drain, made once: a reader starts it after every message it queued. */
    private final Runnable deliverQueued;
    // Guarded by this, from here to the volatile fields.
    /** The router the stream is attached to; null when detached. A reader of another router takes nothing. */
    private AccountRouter attachedTo;
    /** startFrom=live: the first replay advances the position without delivering. */
    private boolean skipReplay;
    /** A resubscribe was asked for because of a gap; the old connection's later live frames are dropped. */
    private boolean healing;
    private final ReplayTiming replayTiming = new ReplayTiming(counters);
    /**
     * A delivery was not completed (the consumer is stopping, or the route failed with breakOnFirstError): nothing
     * more is delivered or acknowledged, and what the buffer holds is dropped, until the account's next successful
     * subscribe. Set on the delivering thread or the consumer's, read by the readers; cleared under the lock.
     */
    private volatile boolean halted;
    /** Counts resumes: a delivery queued before the last one is stale, as the replay brings its message again. */
    private volatile int epoch;
    /** The connection whose successful ack this stream took last; read by the session's executor. */
    private volatile String subscribedOn;

    /**
     * The stream of one account, from the position saved for it (if any), loaded here on the caller's thread.
     *
     * @param settings   where the stream starts, and what it does with gaps
     * @param positions  where the account's position is loaded from and saved to
     * @param listener   the consumer the messages are handed to
     * @param dispatcher the account's buffer, which runs the route
     * @param clock      the time of the account's last message, for its counters
     */
    public AccountStream(StreamSettings settings, PositionStore positions, AccountListener listener,
            AccountDispatcher dispatcher, Clock clock) {
        this.settings = settings;
        this.tracker = new SequenceTracker(settings.accountId());
        this.positions = new AccountPositions(settings.accountId(), positions, counters);
        this.listener = listener;
        this.dispatcher = dispatcher;
        this.deliverQueued = dispatcher::deliverQueued;
        this.controlMessages = listener.wantsControlMessages();
        this.clock = clock;
        tracker.restore(this.positions.completed());
        this.skipReplay = settings.startLive() && this.positions.completed() == null;
    }

    /** {@return the account whose messages the stream takes} */
    public String accountId() {
        return settings.accountId();
    }

    /**
     * The position of the last message taken (delivered or queued), {@code yyyy-MM-dd:sequence}; null if none.
     *
     * @return the position, or null
     */
    public synchronized String position() {
        return tracker.position();
    }

    /**
     * The account's delivery counters, as they run.
     *
     * @return the counters; {@code values()} reads them as of now
     */
    public SessionCounters counters() {
        return counters;
    }

    /** {@return whether the account receives on its session's current connection, and why not if Studio refused it} */
    public AccountReadiness readiness() {
        return readiness;
    }

    /**
     * Studio refused the account's subscription: counted, kept for the health check, and reported to the listener on
     * the delivering thread.
     *
     * @param refused the refusal, naming the account and Studio's reason
     */
    public void rejected(Exception refused) {
        counters.subscribeRejections.incrementAndGet();
        readiness.refused(refused.getMessage());
        report(refused);
    }

    /**
     * Tells the listener of a problem outside an exchange, on the delivering thread, in order with the messages.
     *
     * @param problem what went wrong
     */
    public void report(Throwable problem) {
        dispatcher.report(() -> listener.problem(problem));
    }

    /**
     * The one transition of how messages reach the route (see {@link DeliveryMode}); a stream moved to a connection
     * of its own stops healing the old connection's gap, as the new one replays.
     *
     * @param next the mode from now on
     */
    public synchronized void moveTo(DeliveryMode next) {
        dispatcher.moveTo(next);
        if (next == DeliveryMode.MOVED) {
            healing = false;
        }
    }

    /** {@return how messages reach the route now} */
    public DeliveryMode mode() {
        return dispatcher.mode();
    }

    /** {@return how many messages wait in the account's buffer now} */
    public int queued() {
        return dispatcher.queued();
    }

    synchronized void attachTo(AccountRouter router) {
        attachedTo = router;
    }

    /** Detached: once this returns, no reader of {@code router} is deciding about a message of this stream. */
    synchronized void detachFrom(AccountRouter router) {
        if (attachedTo == router) {
            attachedTo = null;
        }
        readiness.ready(false);
    }

    /**
     * Waits until what the buffer holds was delivered, up to the timeout (the consumer stops).
     *
     * @param timeoutMillis how long to wait, in milliseconds
     * @return false if the buffer did not drain in time
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean drain(long timeoutMillis) throws InterruptedException {
        return dispatcher.awaitDrained(timeoutMillis);
    }

    /**
     * Stops delivering: what the buffer holds is dropped, unacknowledged, and the position stays at the last message
     * the route completed. The next successful subscribe of the account resumes from there.
     */
    public void halt() {
        halted = true;
    }

    /**
     * Whether the stream halted and waits for the account's next subscribe.
     *
     * @return true from the halt until the account's next successful subscribe
     */
    public boolean isHalted() {
        return halted;
    }

    /** {@return the id of the connection whose successful ack this stream took last, or null} */
    public String subscribedOn() {
        return subscribedOn;
    }

    /**
     * Takes a message of this account from a reader of {@code router}: decides under the lock, then acts outside it
     * (starts the delivery, waits for room and decides again, or asks the session for a fresh connection or a move).
     */
    void accept(InboundMessage inbound, AccountRouter router, SessionRequests session) {
        boolean first = true;
        while (true) {
            Runnable then;
            synchronized (this) {
                if (first && router == attachedTo) {
                    replayTiming.note(inbound);
                    first = false;
                }
                then = take(inbound, router, session);
            }
            if (then != null) {
                then.run();
                return;
            }
            if (!dispatcher.awaitRoom(this::isHalted)) {
                tooSlow();
                return;
            }
        }
    }

    /** The decision, under the lock; null: the buffer is full, wait for room and decide again. */
    private Runnable take(InboundMessage inbound, AccountRouter router, SessionRequests session) {
        if (router != attachedTo) {
            return NOTHING;
        }
        DecodedFrame message = inbound.frame();
        if (isSubscribed(message)) {
            subscribedOn = inbound.connectionId();
            if (halted) {
                resumeFromCompletedPosition();
            }
        }
        if (mode() == DeliveryMode.MOVING || halted) {
            // Not taken, position not advanced: the replay on the account's next connection brings it back.
            return NOTHING;
        }
        counters.lastMessageAtMillis.set(clock.millis());
        if (message.sequence() == null) {
            if (message.type() == MessageType.REPLAY_COMPLETE) {
                skipReplay = false;
            }
            boolean wanted = controlMessages || !message.type().isControl();
            return wanted ? queue(new Delivery(inbound, 0, null, null)) : NOTHING;
        }
        switch (tracker.verdict(message.sequence(), message.timestamp())) {
            case DUPLICATE:
                counters.duplicatesDropped.incrementAndGet();
                return NOTHING;
            case GAP:
                return gap(inbound, session);
            default:
                healing = false;
                return takeAndAdvance(inbound, 0, null);
        }
    }

    private static boolean isSubscribed(DecodedFrame frame) {
        return frame.type() == MessageType.SUBSCRIBE_ACTIVITY_ACK && ((SubscribeAck) frame.message()).success();
    }

    /** A new subscribe after a halt: what was taken but not completed is forgotten, so that the replay brings it. */
    private void resumeFromCompletedPosition() {
        tracker.restore(positions.completed());
        epoch++;
        halted = false;
        healing = false;
        LOG.info("Account {} resumes after sequence {}, the last its route completed", accountId(), tracker.last());
    }

    private Runnable gap(InboundMessage inbound, SessionRequests session) {
        DecodedFrame message = inbound.frame();
        long missing = tracker.missingBefore(message.sequence(), message.timestamp());
        if (!inbound.replay() && settings.healGaps()) {
            if (healing) {
                // The fresh connection's replay brings this one again, in order.
                return NOTHING;
            }
            healing = true;
            counters.gapsHealed.incrementAndGet();
            return () -> session.resubscribe(this, missing, message.sequence(), inbound.connectionId());
        }
        healing = false;
        StudioSequenceGapException unhealed = settings.reportUnhealedGaps()
                ? new StudioSequenceGapException(accountId(), missing, message.sequence())
                : null;
        Runnable then = takeAndAdvance(inbound, missing, unhealed);
        if (then != null) {
            counters.gapsUnhealed.incrementAndGet();
            LOG.warn("{} message(s) of account {} are missing before sequence {} and cannot be replayed; delivering "
                    + "from there with header CamelStudioMissingBefore={}", missing, accountId(), message.sequence(),
                    missing);
        }
        return then;
    }

    /** Queues a sequenced message (or, in a skipped replay, only its position) and advances the tracker past it. */
    private Runnable takeAndAdvance(InboundMessage inbound, long missingBefore, Throwable problem) {
        DecodedFrame message = inbound.frame();
        String position = tracker.positionOf(message.sequence(), message.timestamp());
        boolean skipped = skipReplay && inbound.replay();
        Runnable then = queue(new Delivery(skipped ? null : inbound, missingBefore, position, problem));
        if (then != null) {
            tracker.delivered(message.sequence(), message.timestamp());
        }
        return then;
    }

    private Runnable queue(Runnable task) {
        return dispatcher.offer(task) ? deliverQueued : null;
    }

    /** Readers waited for the route for all of the slow-route budget: the account moves to a connection of its own. */
    private void tooSlow() {
        synchronized (this) {
            if (halted || Thread.currentThread().isInterrupted() || !dispatcher.isTooSlow()) {
                return;
            }
            dispatcher.moveTo(DeliveryMode.MOVING);
            counters.slowRouteMoves.incrementAndGet();
        }
        LOG.warn("The route of account {} kept the shared connection's reader waiting for its buffer for longer than "
                + "slowRouteTimeout, holding up the other accounts on it; moving it to a connection of its own, whose "
                + "replay brings back what was not taken", accountId());
        dispatcher.runBeside(listener::moveToOwnConnection);
    }

    /** Hands a message to the route; whether it completed it. Delivering thread. */
    private boolean deliver(InboundMessage inbound, long missingBefore) {
        MessageType type = inbound.frame().type();
        if (!type.isControl()) {
            counters.delivered.incrementAndGet();
        }
        counters.messageDelivered(type, inbound.replay());
        return listener.deliver(inbound, missingBefore);
    }

    /**
     * Saves a position that the route completed, or that a skipped replay passed; with null, the one the store refused
     * last time, if any. When the store refuses, the stream halts and the listener arranges a retry. Delivering thread.
     */
    private boolean savedOrHalted(String position) {
        try {
            if (position == null) {
                positions.saveUnsaved();
            } else {
                positions.save(position);
            }
            return true;
        } catch (RuntimeException e) {
            halt();
            listener.positionNotSaved(e);
            return false;
        }
    }

    /** Whether a task queued in {@code queuedIn} is stale: the stream halted, or resumed since. */
    private boolean isStale(int queuedIn) {
        return halted || queuedIn != epoch;
    }

    /**
     * One message for the route, then its position saved, run by the dispatcher; stale once the stream halted or
     * resumed since it was queued. Without a message (a skipped replay's, startFrom=live), only its position.
     */
    private final class Delivery implements Runnable {
        /** The message, or null when only its position is saved. */
        private final InboundMessage inbound;
        private final long missingBefore;
        /** The position to save once the route completed the message; null for an unsequenced one. */
        private final String position;
        /** An unhealed gap to report just before the message, or null. */
        private final Throwable problem;
        private final int queuedIn = epoch;

        Delivery(InboundMessage inbound, long missingBefore, String position, Throwable problem) {
            this.inbound = inbound;
            this.missingBefore = missingBefore;
            this.position = position;
            this.problem = problem;
        }

        @Override
        public void run() {
            if (isStale(queuedIn)) {
                // An earlier message was not completed: this one is neither delivered nor acknowledged.
                return;
            }
            // Nothing is delivered past a position that is not saved: an instance that takes over from the saved one
            // repeats at most the message in flight.
            if (!savedOrHalted(null)) {
                return;
            }
            if (problem != null) {
                listener.problem(problem);
            }
            if (inbound != null && !deliver(inbound, missingBefore)) {
                halt();
                return;
            }
            if (position != null) {
                // Saved once the route had it, so a crash before that delivers it again after a restart.
                savedOrHalted(position);
            }
        }
    }
}
