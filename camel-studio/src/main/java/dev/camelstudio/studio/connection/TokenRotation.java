package dev.camelstudio.studio.connection;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a connection's token is to be replaced: {@code margin} before it expires, the next token is fetched (off the
 * session's thread) and, if the provider has a new one, the session is told to open a standby connection with it.
 * A provider with no other token (a fixed token) leaves the rotation out; Studio's "Auth expired" notice then ends
 * the connection and the session reconnects at once. Its {@link Phase} moves on the session's executor only.
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
     * Plans the rotation of {@code current}'s token, replacing any plan; {@code openStandby} runs on the executor
     * once a new token is at hand, and checks that the session still wants it.
     */
    void plan(StudioConnection current, Consumer<AccessToken> openStandby) {
        cancel();
        AccessToken token = current.token();
        if (margin.isZero() || token == null) {
            return;
        }
        Duration until = Duration.between(clock.instant(), token.expiresAt()).minus(margin);
        // A token that never expires (a fixed token without exp) or is about to: Studio's notice path covers it.
        if (!until.isNegative() && until.toDays() < 366) {
            phase = Phase.PLANNED;
            planned = executor.schedule(() -> fetch(current, token, openStandby), until.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void fetch(StudioConnection current, AccessToken old, Consumer<AccessToken> openStandby) {
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

    private void fetched(AccessToken next, AccessToken old, Consumer<AccessToken> openStandby) {
        if (phase != Phase.FETCHING) {
            // Cancelled meanwhile (the connection ended, the session stops): the token is not wanted any more.
            return;
        }
        if (next == null || next.value().equals(old.value())) {
            phase = Phase.IDLE;
            return;
        }
        phase = Phase.STANDBY;
        openStandby.accept(old);
    }

    /** The standby took over, or failed, or was never opened: the rotation is over. */
    void finished() {
        phase = Phase.IDLE;
    }

    /** Drops any plan or fetch under way. */
    void cancel() {
        phase = Phase.IDLE;
        if (planned != null) {
            planned.cancel(false);
            planned = null;
        }
    }
}
