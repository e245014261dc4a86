package dev.camelstudio.studio.delivery;

/** What an account's stream asks of its session, from a reader thread; the session acts on its executor. */
public interface SessionRequests {
    /**
     * {@code missing} messages before {@code sequence} can be replayed: a fresh connection, at once.
     *
     * @param stream       the account's stream
     * @param missing      how many messages are missing
     * @param sequence     the first sequence after the gap
     * @param connectionId the connection the gap was seen on
     */
    void resubscribe(AccountStream stream, long missing, long sequence, String connectionId);

    /**
     * The account's replay is complete on a connection.
     *
     * @param stream       the account's stream
     * @param connectionId the connection that brought the replay-complete
     */
    void replayCompleted(AccountStream stream, String connectionId);
}
