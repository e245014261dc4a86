package dev.camelstudio.studio.session;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.connection.ConnectionEnd;
import dev.camelstudio.studio.connection.ConnectionState;
import dev.camelstudio.studio.connection.SessionEvents;
import dev.camelstudio.studio.connection.StudioConnection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's token rotation: {@code margin} before the current connection's token expires, the next token is
 * fetched (off the session's thread) and, if the provider has a new one, a standby connection subscribes with it; once
 * the standby is live it takes over, and the session closes the old connection. The rotation owns the standby from
 * its opening to the takeover. A provider with no other token (a fixed token) leaves the rotation out; Studio's "Auth
 * expired" notice then ends the connection and the session reconnects at once. Its {@link Phase} and its standby
 * change on the session's executor only.
 */
final class TokenRotation {

    /** Where a rotation stands. */
    enum Phase {
        /** Nothing planned: no live connection, a token that does not expire, or rotation off (margin 0). */
        IDLE,
        /** The fetch of the next token is scheduled for {@code margin} before the current one expires. */
        PLANNED,
        /** The next token is being fetched, off the session's thread. */
        FETCHING,
        /** A standby connection subscribes with the new token, to take over once it is live. */
        STANDBY
    }

    private static final Logger LOG = LoggerFactory.getLogger(TokenRotation.class);

    private final Duration margin;
    private final StudioTokenProvider tokens;
    private final ScheduledExecutorService executor;
    private final Executor connector;
    private final Clock clock;
    // Executor thread only.
    private Phase phase = Phase.IDLE;
    private ScheduledFuture<?> planned;
    /** The connection taking over with a new token, in {@link Phase#STANDBY}; else null. */
    private StudioConnection standby;

    TokenRotation(Duration margin, StudioTokenProvider tokens, ScheduledExecutorService executor, Executor connector,
            Clock clock) {
        this.margin = margin;
        this.tokens = tokens;
        this.executor = executor;
        this.connector = connector;
        this.clock = clock;
    }

    Phase phase() {
        return phase;
    }

    /**
     * Plans the rotation of {@code current}'s token, replacing any plan. Once a new token is at hand, and if
     * {@code wanted} still says so, {@code open} opens the standby.
     */
    void plan(StudioConnection current, BooleanSupplier wanted, Supplier<StudioConnection> open) {
        cancel();
        AccessToken token = current.token();
        if (margin.isZero() || token == null) {
            return;
        }
        Duration until = Duration.between(clock.instant(), token.expiresAt()).minus(margin);
        // A token that never expires (a fixed token without exp) or is about to: Studio's notice path covers it.
        if (!until.isNegative() && until.toDays() < 366) {
            phase = Phase.PLANNED;
            planned = executor.schedule(() -> fetch(current, token, () -> {
                if (wanted.getAsBoolean()) {
                    standby = open.get();
                    LOG.info("The token of {} expires at {}: {} subscribes with a new token to take over",
                            current.id(), token.expiresAt(), standby.id());
                } else {
                    phase = Phase.IDLE;
                }
            }), until.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void fetch(StudioConnection current, AccessToken old, Runnable openStandby) {
        phase = Phase.FETCHING;
        connector.execute(() -> {
            AccessToken next;
            try {
                next = tokens.token();
            } catch (RuntimeException e) {
                LOG.warn("Token rotation: no new token ({}); {} goes on until Studio ends it", e.getMessage(),
                        current.id());
                SessionEvents.post(executor, () -> fetched(null, old, openStandby));
                return;
            }
            if (next.value().equals(old.value())) {
                LOG.info("Token rotation: the token provider has no new token yet; {} goes on until it expires",
                        current.id());
            }
            SessionEvents.post(executor, () -> fetched(next, old, openStandby));
        });
    }

    private void fetched(AccessToken next, AccessToken old, Runnable openStandby) {
        if (phase != Phase.FETCHING) {
            // Cancelled meanwhile (the connection ended, the session stops): the token is not wanted any more.
            return;
        }
        if (next == null || next.value().equals(old.value())) {
            phase = Phase.IDLE;
            return;
        }
        phase = Phase.STANDBY;
        openStandby.run();
    }

    /** Whether {@code connection} is the standby. */
    boolean isStandby(StudioConnection connection) {
        return connection != null && connection == standby;
    }

    /** Whether a standby is open, to take over when the current connection ends. */
    boolean hasStandby() {
        return standby != null;
    }

    /** An account attached during the rotation: the standby, opened with the accounts of its time, subscribes it. */
    void subscribe(String account) {
        if (standby != null) {
            standby.subscribe(account);
        }
    }

    /** The standby takes over if it is {@code connectionId} and live; returns it then, else null. */
    StudioConnection takeOverIfLive(String connectionId) {
        boolean live = standby != null && standby.id().equals(connectionId)
                && standby.state() == ConnectionState.LIVE;
        return live ? takeOver() : null;
    }

    /** The standby takes over (the current connection ended, or the standby is live), and the rotation is over. */
    StudioConnection takeOver() {
        StudioConnection next = standby;
        standby = null;
        phase = Phase.IDLE;
        return next;
    }

    /** The standby ended before it could take over: the current connection goes on until Studio ends it. */
    void standbyEnded(ConnectionEnd end, StudioConnection current) {
        LOG.warn("Token rotation on {} failed ({}); {} goes on until Studio ends it", standby.id(), end.describe(),
                current == null ? "the session" : current.id());
        standby = null;
        phase = Phase.IDLE;
    }

    /** Drops any plan or fetch under way; an open standby stays, to take over. */
    void cancel() {
        if (standby == null) {
            phase = Phase.IDLE;
        }
        if (planned != null) {
            planned.cancel(false);
            planned = null;
        }
    }

    /** The session stops: no plan, and the standby is closed. */
    void close() {
        cancel();
        if (standby != null) {
            standby.close();
            standby = null;
            phase = Phase.IDLE;
        }
    }
}
