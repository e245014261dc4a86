package dev.camelstudio.studio.session;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelstudio.studio.delivery.SessionCounters;

/**
 * An immutable view of a session for health checks, JMX and the console: read without touching the connection.
 *
 * @param state            the supervisor's state
 * @param stateSince       when it entered that state
 * @param connectionId     the current connection, or null
 * @param attempt          reconnect attempts in a row (0 once healthy)
 * @param nextAttemptAt    when the next attempt is due, in BACKOFF
 * @param lastError        the last connection error's message, or null
 * @param lastLiveAt       when a connection was last live (every account acked and replayed), null if never
 * @param tokenExpiresAt   when the token of the connection that went live last expires, null if none did
 * @param counters         the session's counters
 */
public record SessionSnapshot(SessionState state, Instant stateSince, String connectionId, int attempt,
        Instant nextAttemptAt, String lastError, Instant lastLiveAt, Instant tokenExpiresAt,
        SessionCounters.Values counters) {

    /** The same snapshot with fresher counters. */
    SessionSnapshot withCounters(SessionCounters.Values fresh) {
        return new SessionSnapshot(state, stateSince, connectionId, attempt, nextAttemptAt, lastError, lastLiveAt,
                tokenExpiresAt, fresh);
    }

    /**
     * One line for people: the state and why.
     *
     * @return the state and since when; in BACKOFF the attempt and when the next is due; the last error, if any
     */
    public String describe() {
        StringBuilder text = new StringBuilder(state.name()).append(" since ").append(stateSince);
        if (state == SessionState.BACKOFF) {
            text.append(", attempt ").append(attempt).append(", next at ").append(nextAttemptAt);
        }
        if (lastError != null) {
            text.append(", last error: ").append(lastError);
        }
        return text.toString();
    }

    /**
     * Name-value pairs for health check details and the console.
     *
     * @return the snapshot's fields and counters by name, in a fixed order; null for a field that is null
     */
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", state.name());
        details.put("state.since", stateSince.toString());
        details.put("connection.id", connectionId);
        details.put("reconnect.attempt", attempt);
        details.put("next.attempt.at", nextAttemptAt == null ? null : nextAttemptAt.toString());
        details.put("last.error", lastError);
        details.put("last.live.at", lastLiveAt == null ? null : lastLiveAt.toString());
        details.put("token.expires.at", tokenExpiresAt == null ? null : tokenExpiresAt.toString());
        details.putAll(counters.asMap());
        return details;
    }
}
