package dev.camelstudio.studio.connection;

/**
 * How an account's messages reach its route; an {@link AccountStream} moves between these by named transitions, under
 * its lock.
 */
public enum DeliveryMode {
    /** On the socket's reader thread (a connection of its own from the start): a slow route pushes back through TCP. */
    INLINE,
    /**
     * Through the account's bounded buffer on the delivery pool (a shared connection): while the buffer is full the
     * reader waits for it, so a burst (a day's replay) is absorbed; a route that keeps it full for longer than
     * {@code slowRouteTimeout} is too slow for the connection it shares.
     */
    SHARED,
    /**
     * Too slow for its shared connection: nothing more is taken there (the position stays), the buffer drains, and the
     * session moves the account to a connection of its own.
     */
    MOVING,
    /**
     * On a connection of its own after a move: the buffer delivers what it held ahead of the new replay, and a full
     * buffer makes that connection's reader wait as long as it takes.
     */
    MOVED
}
