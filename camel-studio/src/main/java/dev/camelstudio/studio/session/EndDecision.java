package dev.camelstudio.studio.session;

import dev.camelstudio.studio.auth.StudioAuthenticationException;
import dev.camelstudio.studio.connection.ConnectionEnd;
import dev.camelstudio.studio.connection.EndRequest;

/**
 * What a session does when its connection ends: a pure function of where the session stands and how the connection
 * ended, so that every case can be read, and tested, as one row of a table.
 */
enum EndDecision {
    /** The session was stopping: it is stopped now. */
    STOPPED,
    /** A token rotation's standby connection takes over; nothing reconnects. */
    TAKE_OVER,
    /** The end was asked for so that the next connection opens at once (see {@link EndRequest}). */
    RECONNECT_NOW,
    /** A drop, a close, a failure: the next attempt after the backoff of its number. */
    BACK_OFF,
    /** A refusal that waiting will not change (an account or a credential): tried again after the longest delay. */
    RETRY_SLOWLY,
    /** maxReconnectAttempts attempts failed in a row: the session fails and says so. */
    GIVE_UP;

    /**
     * The decision.
     *
     * @param stopping    whether the session is stopping
     * @param standby     whether a rotation's standby connection is open to take over
     * @param end         how the connection ended
     * @param attempt     the number of this attempt in a row, were one made (1 after a first failure)
     * @param maxAttempts attempts in a row allowed; 0 for no limit
     * @return what to do
     */
    static EndDecision of(boolean stopping, boolean standby, ConnectionEnd end, int attempt, int maxAttempts) {
        if (stopping) {
            return STOPPED;
        }
        if (standby) {
            return TAKE_OVER;
        }
        if (end.request() != null && end.request().reconnectsAtOnce()) {
            return RECONNECT_NOW;
        }
        if (maxAttempts > 0 && attempt > maxAttempts) {
            return GIVE_UP;
        }
        return end.request() == EndRequest.SUBSCRIPTION_REFUSED || isPermanent(end.cause()) ? RETRY_SLOWLY : BACK_OFF;
    }

    /** Whether this decision counts as one more failed attempt in a row. */
    boolean countsAnAttempt() {
        return this == BACK_OFF || this == RETRY_SLOWLY || this == GIVE_UP;
    }

    private static boolean isPermanent(Throwable cause) {
        return cause instanceof StudioAuthenticationException auth && auth.isPermanent();
    }
}
