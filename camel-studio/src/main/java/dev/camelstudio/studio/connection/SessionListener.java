package dev.camelstudio.studio.connection;

/** What a {@link StudioSession} hands its consumer. */
public interface SessionListener {

    /**
     * A message to deliver, in order, with duplicates already dropped. Called on the socket's reader thread, under
     * the account's lock: while it runs, nothing more of the account is delivered.
     *
     * @param missingBefore how many sequences are missing just before this message (an unhealed gap), usually 0
     */
    void deliver(InboundMessage message, long missingBefore);

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
