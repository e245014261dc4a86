package dev.camelstudio.studio.connection;

/** What a {@link StudioSession} hands its consumer. */
public interface SessionListener {

    /**
     * A message to deliver, in order, with duplicates already dropped. Called one at a time per account, on the
     * thread its {@link DeliveryMode} says: the delivery pool behind the account's buffer (a shared connection, and
     * after a move), or the socket's reader thread (a connection of its own from the start).
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
     * @param error what went wrong, e.g. a {@link StudioSubscriptionException}, {@link StudioConnectionException} or
     *              {@link StudioSequenceGapException}
     */
    void problem(Throwable error);

    /**
     * The account's route kept its buffer on the shared connection full for {@code slowRouteTimeout}: nothing more is
     * taken from that connection (its stream is {@link DeliveryMode#MOVING}), and the account is to move to a
     * connection of its own, whose replay brings back what was not taken. Called on the session's executor, which
     * this must not wait for.
     */
    void moveToOwnConnection();
}
