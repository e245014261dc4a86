package dev.camelstudio.studio.session;

/** The life of a {@link StudioSession}: the named states its supervisor moves between. */
public enum SessionState {
    /** Not started, or stopped. */
    STOPPED,
    /** A connection is being opened, or subscribing and replaying. */
    CONNECTING,
    /** Every account has had its ack and its replay-complete: live data flows. */
    LIVE,
    /** The connection ended; the next attempt is scheduled. */
    BACKOFF,
    /** Stopping: the connection is closing after the exchange in flight. */
    STOPPING,
    /** Gave up after maxReconnectAttempts; the route must be restarted. */
    FAILED
}
