package dev.camelstudio.studio.delivery;

import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.protocol.MessageType;
import dev.camelstudio.studio.protocol.SubscribeAck;

/**
 * Times an account's replay on each connection, from its successful ack to its replay-complete, and counts the
 * replay's messages, into the account's counters. Guarded by the account stream's lock.
 */
final class ReplayTiming {

    private final SessionCounters counters;
    /** When the replay under way began ({@link System#nanoTime}); 0: none under way. */
    private long startedNanos;
    /** The messages of that replay so far. */
    private long messages;

    ReplayTiming(SessionCounters counters) {
        this.counters = counters;
    }

    /** Notes a message of the account, once, as it is taken. */
    void note(InboundMessage inbound) {
        MessageType type = inbound.frame().type();
        if (type == MessageType.SUBSCRIBE_ACTIVITY_ACK && ((SubscribeAck) inbound.message()).success()) {
            startedNanos = System.nanoTime();
            messages = 0;
        } else if (type == MessageType.REPLAY_COMPLETE && startedNanos != 0) {
            counters.replayCompleted(System.nanoTime() - startedNanos, messages);
            startedNanos = 0;
        } else if (inbound.replay() && !type.isControl()) {
            messages++;
        }
    }
}
