package dev.camelstudio.studio.connection;

/**
 * Why the session itself ended a connection. The end event carries it ({@link ConnectionEnd#request()}), so that
 * what comes next (a reconnect at once, after the longest delay, or none) is decided from the event, not from flags
 * set before the close and read back after it.
 */
public enum EndRequest {

    /** The session stops: no reconnect. */
    STOP(false),
    /** An operator asked for a reconnect now. */
    RECONNECT_NOW(true),
    /** A fresh connection must subscribe again: a gap to heal, an account attached again, breakOnFirstError. */
    RESUBSCRIBE(true),
    /** Studio said the token expired: connect again at once, with a new one. */
    TOKEN_EXPIRED(true),
    /** Studio refused the only account on the connection: come back after the longest delay. */
    SUBSCRIPTION_REFUSED(false);

    private final boolean reconnectAtOnce;

    EndRequest(boolean reconnectAtOnce) {
        this.reconnectAtOnce = reconnectAtOnce;
    }

    /**
     * Whether the next connection is opened at once rather than after a backoff.
     *
     * @return true to connect again without waiting
     */
    public boolean reconnectsAtOnce() {
        return reconnectAtOnce;
    }
}
