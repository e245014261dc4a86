package dev.camelstudio.studio.connection;

import dev.camelstudio.studio.auth.StudioAuthenticationException;

/**
 * Why a connection ended, in the few kinds an operator counts reconnects by: a bounded set, for meter tags, never
 * the free text of a close reason.
 */
public enum EndCause {
    /** Lost without a close frame (1006), or a transport failure. */
    DROP,
    /** Closed by the server with a close frame nobody announced. */
    CLOSE,
    /** No frame for longer than heartbeatTimeout: taken for dead. */
    HEARTBEAT_SILENCE,
    /** Studio said the token expired. */
    TOKEN_EXPIRY,
    /** A token rotation's standby took over. */
    ROTATION,
    /** Studio refused the subscription or the credentials. */
    REFUSAL,
    /** Closed to subscribe again: a gap to heal, an account attached again, a route's retry. */
    RESUBSCRIBE,
    /** An operator asked for a reconnect. */
    OPERATOR,
    /** The connection never opened: token, TCP, TLS or the upgrade failed. */
    CONNECT_FAILURE,
    /** Closed because the session stops. */
    STOP;

    /**
     * The kind of an end.
     *
     * @param end how the connection ended
     * @return its kind
     */
    public static EndCause of(ConnectionEnd end) {
        if (end.request() != null) {
            return switch (end.request()) {
                case STOP -> STOP;
                case RECONNECT_NOW -> OPERATOR;
                case RESUBSCRIBE -> RESUBSCRIBE;
                case TOKEN_EXPIRED -> TOKEN_EXPIRY;
                case SUBSCRIPTION_REFUSED -> REFUSAL;
            };
        }
        if (end.cause() instanceof SilentConnectionException) {
            return HEARTBEAT_SILENCE;
        }
        if (end.cause() instanceof StudioAuthenticationException) {
            return REFUSAL;
        }
        if (!end.opened()) {
            return CONNECT_FAILURE;
        }
        return end.code() == ConnectionEnd.ABNORMAL_CLOSURE || end.cause() != null ? DROP : CLOSE;
    }
}
