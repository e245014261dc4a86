package dev.camelstudio.studio.connection;

/** What a {@link StudioSession} hands its consumer. */
public interface SessionListener {

    /**
     * A message to deliver, in order, with duplicates already dropped. Called one at a time per account: on the
     * delivery pool behind the account's buffer on a shared connection, on the socket's reader thread on a connection
     * of its own.
     *
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
     */
    default boolean wantsControlMessages() {
        return true;
    }

    /**
     * Something went wrong outside an exchange: a refused subscription, a frame that cannot be decoded, a lost
     * connection (already logged, with the reconnect delay), an unhealed gap when asked for, giving up.
     */
    void problem(Throwable error);

    /**
     * The account's buffer on its shared connection is full: nothing more is taken from that connection, and the
     * account should move to a connection of its own (whose replay brings back what was not taken).
     */
    void overflowed();
}
