package dev.camelstudio.studio.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.camelstudio.studio.delivery.SessionCounters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a session stands: its {@link SessionState} and since when, the reconnect attempts in a row, the last error,
 * when it was last live. Changed on the session's executor only, by the named steps below; each step publishes a
 * {@link SessionSnapshot} that health checks, JMX and the console read from any thread.
 */
final class SessionStatus {

    private static final Logger LOG = LoggerFactory.getLogger(SessionStatus.class);

    private final Clock clock;
    private final SessionCounters counters;
    // Executor thread only.
    private SessionState state = SessionState.STOPPED;
    private Instant stateSince;
    private int attempt;
    private Instant nextAttemptAt;
    private Instant liveSince;
    private Instant lastLiveAt;
    private String lastError;
    private Instant tokenExpiresAt;
    /** The connection the snapshot names: the session's current one, or null. */
    private String connectionId;
    /** Written on the executor, read by anyone. */
    private volatile SessionSnapshot snapshot;

    SessionStatus(Clock clock, SessionCounters counters) {
        this.clock = clock;
        this.counters = counters;
        this.stateSince = clock.instant();
        publish();
    }

    SessionState state() {
        return state;
    }

    int attempt() {
        return attempt;
    }

    /** The snapshot as of the last step, with the counters as of now. */
    SessionSnapshot snapshot(SessionCounters.Values fresh) {
        return snapshot.withCounters(fresh);
    }

    /** A new start: no attempt yet. */
    void started() {
        attempt = 0;
    }

    /** Moves to {@code next} on {@code connection} (null: none), and publishes. */
    void moveTo(SessionState next, String connection) {
        connectionId = connection;
        if (next != state) {
            LOG.debug("Session on {}: {} -> {}", connection, state, next);
            state = next;
            stateSince = clock.instant();
        }
        publish();
    }

    /** Every account on {@code connection}, whose token expires at {@code expiresAt}, is subscribed and replayed. */
    void live(String connection, Instant expiresAt) {
        tokenExpiresAt = expiresAt;
        liveSince = clock.instant();
        lastLiveAt = liveSince;
        moveTo(SessionState.LIVE, connection);
    }

    /** The current connection ended, because of {@code cause} (null: a clean end). */
    void connectionEnded(Throwable cause) {
        if (state == SessionState.LIVE) {
            lastLiveAt = clock.instant();
        }
        liveSince = null;
        connectionId = null;
        if (cause != null) {
            lastError = cause.getMessage();
        }
    }

    /** {@return the number of the next attempt in a row, counted now} */
    int nextAttempt() {
        return ++attempt;
    }

    /** Waits {@code delay} before the next attempt. */
    void backOff(Duration delay) {
        nextAttemptAt = clock.instant().plus(delay);
        moveTo(SessionState.BACKOFF, null);
    }

    /** Forgets the attempts in a row and the last error once a connection has been live for {@code enough}. */
    void liveFor(Duration enough) {
        if (attempt > 0 && liveSince != null && Duration.between(liveSince, clock.instant()).compareTo(enough) >= 0) {
            attempt = 0;
            lastError = null;
            publish();
        }
    }

    private void publish() {
        snapshot = new SessionSnapshot(state, stateSince, connectionId, attempt,
                state == SessionState.BACKOFF ? nextAttemptAt : null, lastError, lastLiveAt, tokenExpiresAt,
                counters.values());
    }
}
