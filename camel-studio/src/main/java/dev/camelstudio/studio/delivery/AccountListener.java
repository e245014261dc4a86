package dev.camelstudio.studio.delivery;

import dev.camelstudio.studio.connection.InboundMessage;

/**
 * What an account's {@link AccountStream} hands its consumer. Messages and problems come on the account's delivering
 * thread (see {@link DeliveryMode}), one at a time and in order; no call comes while a camel-studio lock is held, or
 * on a session's thread.
 */
public interface AccountListener {

    /**
     * A message to deliver, in order, with duplicates already dropped: on the delivery pool behind the account's buffer
     * (a shared connection, and after a move), or on the socket's reader thread (a connection of its own from the
     * start).
     *
     * @param message       the message, with its account, its connection and whether it is part of a replay
     * @param missingBefore how many sequences are missing just before this message (an unhealed gap), usually 0
     * @return whether the message is done with, so that the position may move past it: true when the route completed
     *         it (or failed and the failure is skipped); false when it was not completed because the consumer is
     *         stopping, or failed with breakOnFirstError. False halts the account's stream (see
     *         {@link AccountStream#halt()}).
     */
    boolean deliver(InboundMessage message, long missingBefore);

    /**
     * Whether control messages (acks, replay-complete, heartbeats, notices) are to be delivered at all; asked once.
     * When not, they are not queued for the account only to be dropped.
     *
     * @return true (the default) to have control messages delivered too
     */
    default boolean wantsControlMessages() {
        return true;
    }

    /**
     * Something went wrong outside an exchange: a refused subscription, a frame that cannot be decoded, a lost
     * connection (already logged, with the reconnect delay), an unhealed gap when asked for, giving up.
     *
     * @param error what went wrong, e.g. a {@code StudioSubscriptionException}, {@code StudioConnectionException} or
     *              {@link StudioSequenceGapException}
     */
    void problem(Throwable error);

    /**
     * The sequence state repository could not save the position of a message the route completed: the stream halted,
     * and delivers nothing more until that position is saved, so that an instance taking over from the saved position
     * repeats at most that message. The listener arranges for the account to be subscribed again after a backoff; the
     * first delivery after it saves the position first. Called on the account's delivering thread.
     *
     * @param cause what the repository threw
     */
    void positionNotSaved(RuntimeException cause);

    /**
     * The account's route kept the shared connection's reader waiting for longer than {@code slowRouteTimeout}:
     * nothing more is taken from that connection (its stream is {@link DeliveryMode#MOVING}), and the account is to
     * move to a connection of its own, whose replay brings back what was not taken. Called on the delivery pool,
     * beside the account's buffer rather than behind it.
     */
    void moveToOwnConnection();
}
