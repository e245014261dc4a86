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
 * the connection and the session reconnects at once.
 */
final class TokenRotation {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRotation.class);

    private final Duration margin;
    private final StudioTokenProvider tokens;
    private final ScheduledExecutorService executor;
    private final Executor connector;
    private final Clock clock;
    /** Executor thread only. */
    private ScheduledFuture<?> planned;

    TokenRotation(Duration margin, StudioTokenProvider tokens, ScheduledExecutorService executor, Executor connector,
                  Clock clock) {
        this.margin = margin;
        this.tokens = tokens;
        this.executor = executor;
        this.connector = connector;
        this.clock = clock;
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
            planned = executor.schedule(() -> connector.execute(() -> fetch(current, token, openStandby)),
                    until.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void fetch(StudioConnection current, AccessToken old, Consumer<AccessToken> openStandby) {
        AccessToken next;
        try {
            next = tokens.token();
        } catch (RuntimeException e) {
            LOG.warn("Token rotation: no new token ({}); {} goes on until Studio ends it", e.getMessage(), current.id());
            return;
        }
        if (next.value().equals(old.value())) {
            LOG.info("Token rotation: the token provider has no new token yet; {} goes on until it expires",
                    current.id());
            return;
        }
        executor.execute(() -> openStandby.accept(old));
    }

    void cancel() {
        if (planned != null) {
            planned.cancel(false);
            planned = null;
        }
    }
}
