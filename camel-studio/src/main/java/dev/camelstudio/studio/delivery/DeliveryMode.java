package dev.camelstudio.studio.delivery;

/**
 * How an account's messages reach its route; the account's {@link AccountDispatcher} holds the mode, and its
 * {@link AccountStream} moves it with {@link AccountStream#moveTo(DeliveryMode)}, under the stream's lock.
 */
public enum DeliveryMode {
    /**
     * On the socket's reader thread (a connection of its own from the start): the reader queues a message and runs the
     * route itself, so a slow route pushes back through TCP.
     */
    INLINE,
    /**
     * Through the account's bounded buffer on the delivery pool (a shared connection): while the buffer is full the
     * reader waits for it, so a burst (a day's replay) is absorbed; a route that holds the reader up for longer than
     * {@code slowRouteTimeout} in all before it empties its buffer is too slow for the connection it shares.
     */
    SHARED,
    /**
     * Too slow for its shared connection: nothing more is taken there (the position stays), the buffer drains, and the
     * account moves to a connection of its own.
     */
    MOVING,
    /**
     * On a connection of its own after a move: the buffer delivers what it held ahead of the new replay, on the
     * delivery pool, and a full buffer makes that connection's reader wait as long as it takes.
     */
    MOVED
}
