package dev.camelstudio.studio.connection;

import java.util.function.LongConsumer;

import dev.camelstudio.studio.protocol.MessageType;
import dev.camelstudio.studio.protocol.StudioMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account's delivery, across connections: drops what was already delivered, heals or reports gaps, skips the
 * first replay when asked to start live, and saves the position after each delivery. All methods hold the stream's
 * lock, so that two connections (a reconnect's overlap, a rotation) never deliver the same sequence twice or out of
 * order; the lock is held while the route processes, which is what keeps one account's Exchanges in order.
 */
final class AccountStream {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStream.class);

    private final SequenceTracker tracker;
    private final GapHandling gapHandling;
    private final PositionStore positions;
    private final SessionCounters counters;
    private final SessionListener listener;
    /** startFrom=live: the first replay advances the position without delivering. */
    private boolean skipReplay;
    /** A resubscribe was asked for because of a gap; the old connection's later live frames are dropped. */
    private boolean healing;

    AccountStream(String accountId, boolean startLive, GapHandling gapHandling, PositionStore positions,
                  SessionCounters counters, SessionListener listener) {
        this.tracker = new SequenceTracker(accountId);
        this.gapHandling = gapHandling;
        this.positions = positions;
        this.counters = counters;
        this.listener = listener;
        String saved = positions.load(accountId);
        if (saved != null) {
            tracker.restore(saved);
        }
        this.skipReplay = startLive && saved == null;
    }

    String accountId() {
        return tracker.accountId();
    }

    /**
     * Takes a message of this account: delivers it, drops it, or, for a gap that a replay can fill, drops it and
     * asks {@code resubscribe} (with the missing count) for a fresh connection.
     */
    synchronized void accept(InboundMessage inbound, LongConsumer resubscribe) {
        StudioMessage message = inbound.message();
        if (message.sequence() == null) {
            if (message.type() == MessageType.REPLAY_COMPLETE) {
                skipReplay = false;
            }
            deliver(inbound, 0);
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

    private void gap(InboundMessage inbound, LongConsumer resubscribe) {
        StudioMessage message = inbound.message();
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
        StudioMessage message = inbound.message();
        if (!(skipReplay && inbound.replay())) {
            deliver(inbound, missingBefore);
        }
        tracker.delivered(message.sequence(), message.timestamp());
        positions.save(accountId(), tracker.position());
    }

    private void deliver(InboundMessage inbound, long missingBefore) {
        MessageType type = inbound.message().type();
        if (type.isSequenced() || type == MessageType.UNKNOWN) {
            counters.delivered.incrementAndGet();
        }
        listener.deliver(inbound, missingBefore);
    }
}
