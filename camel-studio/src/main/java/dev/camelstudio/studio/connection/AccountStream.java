package dev.camelstudio.studio.connection;

import java.time.Clock;
import java.util.function.LongConsumer;

import dev.camelstudio.studio.protocol.DecodedFrame;
import dev.camelstudio.studio.protocol.MessageType;
import dev.camelstudio.studio.protocol.SubscribeAck;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account's delivery, across connections and sessions: drops what was already delivered, heals or reports gaps,
 * skips the first replay when asked to start live, saves the position, and hands messages to the account's
 * {@link SessionListener} either on the reader thread (a connection of its own: a slow route pushes back through
 * TCP) or through a bounded {@link AccountDispatcher} (a shared connection: a slow route holds up only itself; when
 * its buffer is full the stream is overflowed and its owner moves it to a connection of its own).
 * <p>
 * A delivery the listener did not complete (the consumer stops, or breakOnFirstError) halts the stream: the rest of
 * the buffer is dropped unacknowledged, and the account's next successful subscribe goes back to the saved position,
 * so that the replay offers what was dropped again, in order.
 * <p>
 * Decisions hold the stream's lock, so two connections (an overlap during a rotation) never deliver the same sequence
 * twice or out of order.
 */
public final class AccountStream {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStream.class);

    private final SequenceTracker tracker;
    private final GapHandling gapHandling;
    private final PositionStore positions;
    private final SessionListener listener;
    private final Clock clock;
    private final SessionCounters counters = new SessionCounters();
    /** Whether control messages go to the listener; when not, they are not queued only to be dropped. */
    private final boolean controlMessages;
    /** Null: deliver on the caller's thread. */
    private AccountDispatcher dispatcher;
    /** startFrom=live: the first replay advances the position without delivering. */
    private boolean skipReplay;
    /** A resubscribe was asked for because of a gap; the old connection's later live frames are dropped. */
    private boolean healing;
    /** The buffer was full: nothing more is taken until the stream is moved. */
    private boolean overflowed;
    /** On a connection of its own: a full buffer makes the reader wait instead of overflowing. */
    private boolean waitWhenFull;
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

    public AccountStream(String accountId, boolean startLive, GapHandling gapHandling, PositionStore positions,
                         SessionListener listener, Clock clock) {
        this.tracker = new SequenceTracker(accountId);
        this.gapHandling = gapHandling;
        this.positions = positions;
        this.listener = listener;
        this.controlMessages = listener.wantsControlMessages();
        this.clock = clock;
        String saved = positions.load(accountId);
        if (saved != null) {
            tracker.restore(saved);
        }
        this.skipReplay = startLive && saved == null;
    }

    public String accountId() {
        return tracker.accountId();
    }

    /** The position of the last message taken (delivered or queued), {@code yyyy-MM-dd:sequence}; null if none. */
    public synchronized String position() {
        return tracker.position();
    }

    SessionListener listener() {
        return listener;
    }

    /** The account's delivery counters. */
    public SessionCounters.Values counters() {
        return counters.values();
    }

    /** Whether the account is subscribed and its replay complete on the current connection. */
    public boolean isReady() {
        return ready;
    }

    void ready(boolean isReady) {
        this.ready = isReady;
    }

    void rejected() {
        counters.subscribeRejections.incrementAndGet();
    }

    /** Delivers through a bounded buffer on {@code pool} from now on (a shared connection). */
    public synchronized void deliverThrough(AccountDispatcher buffered) {
        this.dispatcher = buffered;
        this.overflowed = false;
        this.waitWhenFull = false;
    }

    /**
     * The stream moves to a connection of its own: its buffer keeps what it holds (so the order is kept), and from now
     * on a full buffer makes that connection's reader wait instead of overflowing.
     */
    public synchronized void movedToOwnConnection() {
        waitWhenFull = true;
        overflowed = false;
        healing = false;
    }

    /** Returns once no thread is inside {@link #accept}: the lock is taken and let go. */
    synchronized void awaitIdle() {
        // Nothing to do: holding the lock is the point.
    }

    /**
     * Waits until what the buffer holds was delivered, up to the timeout (the consumer stops).
     *
     * @return false if the buffer did not drain in time
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
    synchronized void accept(InboundMessage inbound, LongConsumer resubscribe) {
        if (isSubscribed(inbound.frame())) {
            subscribedOn = inbound.connectionId();
            if (halted) {
                resumeFromSavedPosition();
            }
        }
        if (overflowed || halted) {
            // Not taken, position not advanced: the replay on the account's next connection brings it back.
            return;
        }
        counters.lastMessageAt.set(clock.instant());
        DecodedFrame message = inbound.frame();
        if (message.sequence() == null) {
            if (message.type() == MessageType.REPLAY_COMPLETE) {
                skipReplay = false;
            }
            if (controlMessages || !message.type().isControl()) {
                deliver(inbound, 0, false);
            }
            return;
        }
        switch (tracker.verdict(message.sequence(), message.timestamp())) {
            case DUPLICATE:
                counters.duplicatesDropped.incrementAndGet();
                return;
            case GAP:
                gap(inbound, resubscribe);
                return;
            default:
                healing = false;
                deliverAndAdvance(inbound, 0);
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

    /** Whether the stream halted and waits for the account's next subscribe. */
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

    private void gap(InboundMessage inbound, LongConsumer resubscribe) {
        DecodedFrame message = inbound.frame();
        long missing = tracker.missingBefore(message.sequence(), message.timestamp());
        if (!inbound.replay() && gapHandling != GapHandling.WARN) {
            if (!healing) {
                healing = true;
                counters.gapsHealed.incrementAndGet();
                resubscribe.accept(missing);
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
        deliverAndAdvance(inbound, missing);
    }

    private void deliverAndAdvance(InboundMessage inbound, long missingBefore) {
        DecodedFrame message = inbound.frame();
        boolean skipped = skipReplay && inbound.replay();
        if (!skipped && !deliver(inbound, missingBefore, true)) {
            return;
        }
        tracker.delivered(message.sequence(), message.timestamp());
        if (skipped) {
            positions.save(accountId(), tracker.position());
        }
    }

    /** Hands a message on; false if the buffer was full (the stream is then overflowed). */
    private boolean deliver(InboundMessage inbound, long missingBefore, boolean savePosition) {
        DecodedFrame message = inbound.frame();
        MessageType type = message.type();
        String position = savePosition ? tracker.positionOf(message.sequence(), message.timestamp()) : null;
        int queuedIn = epoch;
        Runnable delivery = () -> {
            if (halted || queuedIn != epoch) {
                // An earlier message was not completed: this one is neither delivered nor acknowledged.
                return;
            }
            if (!type.isControl()) {
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
        };
        if (dispatcher == null) {
            delivery.run();
            return true;
        }
        if (waitWhenFull) {
            try {
                dispatcher.put(delivery);
                return true;
            } catch (InterruptedException e) {
                // Stopping: not taken, position not advanced, the next start replays it.
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (dispatcher.offer(delivery)) {
            return true;
        }
        overflowed = true;
        LOG.warn("The route of account {} is too slow for its shared connection (its buffer is full); moving it to a "
                 + "connection of its own, whose replay brings back what was not taken", accountId());
        listener.overflowed();
        return false;
    }
}
