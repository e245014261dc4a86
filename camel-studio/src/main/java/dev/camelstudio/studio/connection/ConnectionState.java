package dev.camelstudio.studio.connection;

/** The life of one {@link StudioConnection}; it only ever moves forward, and CLOSED is final. */
public enum ConnectionState {
    /** Created, not started. */
    NEW,
    /** Fetching a token and opening the WebSocket. */
    CONNECTING,
    /** Open; subscribe requests sent, acks awaited. */
    SUBSCRIBING,
    /** Every account acked; replay still arriving for at least one. */
    REPLAYING,
    /** Every subscribed account has had its replay-complete: live data. */
    LIVE,
    /** Our close is under way. */
    CLOSING,
    /** Closed, by either side, or never opened. */
    CLOSED;

    /** {@return true while the socket is open and no close is under way: SUBSCRIBING, REPLAYING or LIVE} */
    public boolean isOpen() {
        return this == SUBSCRIBING || this == REPLAYING || this == LIVE;
    }
}
