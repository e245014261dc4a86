package dev.camelstudio.studio.session;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.connection.ConnectionEnd;
import dev.camelstudio.studio.connection.ConnectionState;
import dev.camelstudio.studio.connection.EndCause;
import dev.camelstudio.studio.connection.EndRequest;
import dev.camelstudio.studio.connection.SilentConnectionException;
import dev.camelstudio.studio.connection.StudioConnection;
import dev.camelstudio.studio.connection.StudioConnectionException;
import dev.camelstudio.studio.delivery.AccountRouter;
import dev.camelstudio.studio.delivery.AccountStream;
import dev.camelstudio.studio.delivery.SessionCounters;
import dev.camelstudio.studio.support.RepeatingFailureLog;
import dev.camelstudio.studio.transport.Transport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of a session's connections, on the session's executor only: opens one, and when it ends decides what
 * comes next in one place ({@link EndDecision}); watches for silence; goes live when the replays are complete; hands
 * a token rotation's takeover to {@link TokenRotation}; closes a connection so that a fresh one subscribes again.
 * Everything here runs on the executor, including every method the {@link StudioSession} posts to it.
 */
final class SessionSupervisor implements ConnectionEvents.Session {

    /** The session's logger: what it logs is the session's story. */
    private static final Logger LOG = LoggerFactory.getLogger(StudioSession.class);

    private final SessionSettings settings;
    private final StudioTokenProvider tokens;
    private final Transport transport;
    private final ScheduledExecutorService executor;
    private final Executor connector;
    private final ReconnectBackoff backoff;
    private final SessionCounters counters;
    private final AccountRouter router;
    private final ConnectionEvents.Shared events = new ConnectionEvents.Shared();
    /** Failed connections in a row, logged without flooding: Studio down for an hour is a few lines, not thousands. */
    private final RepeatingFailureLog reconnects = new RepeatingFailureLog(LOG);
    // Executor thread only, from here to the latch.
    private final SessionStatus status;
    private final TokenRotation rotation;
    private StudioConnection connection;
    private ScheduledFuture<?> retry;
    private ScheduledFuture<?> watchdog;
    /** From a stop to the next start: a reconnect that was due does not connect. */
    private boolean stopping;
    /** Replaced on the executor when the session starts; counted down there when it stopped; awaited by a stop. */
    private volatile CountDownLatch stopped = new CountDownLatch(0);

    SessionSupervisor(SessionSettings settings, StudioTokenProvider tokens, Transport transport,
            ScheduledExecutorService executor, Executor connector, ReconnectBackoff backoff, Clock clock,
            SessionCounters counters, AccountRouter router) {
        this.settings = settings;
        this.tokens = new CountedTokens(tokens, counters);
        this.transport = transport;
        this.executor = executor;
        this.connector = connector;
        this.backoff = backoff;
        this.counters = counters;
        this.router = router;
        this.rotation = new TokenRotation(settings.tokenRotationMargin(), this.tokens, executor, connector, clock);
        this.status = new SessionStatus(clock, counters);
    }

    SessionStatus status() {
        return status;
    }

    TokenRotation.Phase rotationPhase() {
        return rotation.phase();
    }

    CountDownLatch stopped() {
        return stopped;
    }

    void start() {
        stopping = false;
        stopped = new CountDownLatch(1);
        status.started();
        long tick = Math.max(50, settings.heartbeatTimeout().toMillis() / 4);
        watchdog = executor.scheduleWithFixedDelay(this::watch, tick, tick, TimeUnit.MILLISECONDS);
        connect();
    }

    void stop() {
        stopping = true;
        status.moveTo(SessionState.STOPPING, connection == null ? null : connection.id());
        cancel(retry);
        cancel(watchdog);
        rotation.close();
        if (connection != null) {
            connection.close();
        } else {
            stoppedNow();
        }
    }

    /** An account attached: the standby and the current connection subscribe it, once. */
    void attached(AccountStream stream, String ackedBefore) {
        if (!router.isAttached(stream)) {
            return;
        }
        rotation.subscribe(stream.accountId());
        if (connection != null && !connection.subscribe(stream.accountId())
                && !ackedSince(stream, ackedBefore, connection)) {
            // Attached again after a detach, on the connection it was subscribed on: what came meanwhile was
            // dropped, and Studio replays only on a connection's first subscribe of an account.
            resubscribe(connection.id(), "account " + stream.accountId() + " was attached again");
        }
    }

    /** Whether the stream took the connection's ack after it was attached (a connection opening meanwhile did). */
    private static boolean ackedSince(AccountStream stream, String ackedBefore, StudioConnection connection) {
        String acked = stream.subscribedOn();
        return acked != null && !acked.equals(ackedBefore) && acked.equals(connection.id());
    }

    /**
     * A halted account (its route failed, or its position could not be saved) is still halted and attached: a fresh
     * connection replays for it.
     */
    void retry(AccountStream stream, String what) {
        if (connection != null && stream.isHalted() && router.isAttached(stream)) {
            resubscribe(connection.id(), "account " + stream.accountId() + " retries " + what);
        }
    }

    void reconnectNow() {
        if (status.state() == SessionState.BACKOFF) {
            cancel(retry);
            connect();
        } else if (connection != null) {
            connection.close(EndRequest.RECONNECT_NOW);
        }
    }

    private void connect() {
        if (stopping) {
            return;
        }
        connection = open();
        status.moveTo(SessionState.CONNECTING, connection.id());
    }

    private StudioConnection open() {
        ConnectionEvents listener = new ConnectionEvents(this, events, router, counters, executor,
                backoff.max().toMillis());
        StudioConnection opened = listener.of(new StudioConnection(settings.url(), List.copyOf(router.accounts()),
                settings.subscribeTimeout(), settings.decoder(), tokens, transport, executor, connector, listener,
                router));
        counters.connectionOpened();
        LOG.debug("Opening {} for accounts {}", opened.id(), router.accounts());
        opened.start();
        return opened;
    }

    /** The funnel every end of a connection goes through. */
    @Override
    public void ended(StudioConnection ended, ConnectionEnd end) {
        if (rotation.isStandby(ended)) {
            rotation.standbyEnded(end, connection);
            return;
        }
        if (ended != connection) {
            return;
        }
        connection = null;
        counters.connectionEnded(EndCause.of(end));
        status.connectionEnded(end.cause());
        rotation.cancel();
        router.connectionEnded();
        int attempt = status.attempt() + 1;
        EndDecision decision = EndDecision.of(stopping, rotation.hasStandby(), end,
                attempt, settings.maxReconnectAttempts());
        if (decision.countsAnAttempt()) {
            status.nextAttempt();
        }
        switch (decision) {
            case STOPPED -> stoppedNow();
            case TAKE_OVER -> {
                connection = rotation.takeOver();
                LOG.info("{} ended ({}); {} takes over", ended.id(), end.describe(), connection.id());
                boolean live = connection.state() == ConnectionState.LIVE;
                status.moveTo(live ? SessionState.LIVE : SessionState.CONNECTING, connection.id());
            }
            case RECONNECT_NOW -> {
                LOG.info("{} closed ({}, {}); connecting again now", ended.id(), end.request(), end.describe());
                reconnectIn(Duration.ZERO);
            }
            case GIVE_UP -> giveUp(end);
            default -> {
                boolean slowly = decision == EndDecision.RETRY_SLOWLY;
                Duration delay = slowly ? backoff.max() : backoff.delay(attempt);
                String next = slowly
                        ? "Trying again every " + delay.toMillis() + " ms (reconnectMaxDelay) until that is fixed"
                        : "Reconnecting in " + delay.toMillis() + " ms (attempt " + attempt + ")";
                String what = " to Studio for accounts " + router.accounts() + " " + end.outcome() + ". " + next;
                reconnects.failure(ended.id() + what);
                router.toEveryAccount(new StudioConnectionException("The connection" + what, end.cause()));
                reconnectIn(delay);
            }
        }
    }

    private void reconnectIn(Duration delay) {
        status.backOff(delay);
        retry = executor.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void giveUp(ConnectionEnd end) {
        cancel(watchdog);
        status.moveTo(SessionState.FAILED, null);
        String message = "Gave up on Studio for accounts " + router.accounts() + " after "
                + settings.maxReconnectAttempts() + " reconnect attempts (last: " + end.describe()
                + "); restart the route, or set maxReconnectAttempts=0 to retry forever";
        LOG.error(message);
        router.toEveryAccount(new StudioConnectionException(message, end.cause()));
    }

    private void stoppedNow() {
        status.moveTo(SessionState.STOPPED, null);
        stopped.countDown();
    }

    /** Takes a silent connection for dead; forgets the attempts once a connection has been live long enough. */
    private void watch() {
        StudioConnection current = connection;
        if (current == null || !current.state().isOpen()) {
            return;
        }
        Duration silence = current.silence();
        Duration limit = settings.heartbeatTimeout();
        if (silence.compareTo(limit) > 0) {
            LOG.warn("{}: no frame from Studio for {} ms (heartbeatTimeout {} ms); taking it for dead", current.id(),
                    silence.toMillis(), limit.toMillis());
            current.abort(new SilentConnectionException("No frame from Studio for " + silence.toMillis()
                    + " ms, more than heartbeatTimeout " + limit.toMillis() + " ms"));
            return;
        }
        status.liveFor(limit);
    }

    /** An account's replay is complete on {@code connectionId}: the session, or the standby, may be live now. */
    void replayCompleted(String connectionId) {
        StudioConnection current = connection;
        StudioConnection standby = rotation.takeOverIfLive(connectionId);
        if (standby != null) {
            counters.connectionEnded(EndCause.ROTATION);
            connection = standby;
            LOG.info("{} took over from {} with a new token", standby.id(), current == null ? "nothing" : current.id());
            if (current != null) {
                current.close();
            }
            becameLive();
        } else if (current != null && current.id().equals(connectionId) && current.state() == ConnectionState.LIVE
                && status.state() != SessionState.LIVE) {
            reconnects.succeeded(current.id() + " is live for accounts " + router.accounts());
            becameLive();
        }
    }

    private void becameLive() {
        StudioConnection current = connection;
        status.live(current.id(), current.token() == null ? null : current.token().expiresAt());
        rotation.plan(current, () -> connection == current && !stopping && status.state() == SessionState.LIVE,
                this::open);
    }

    /** Ends the current connection, if it is still {@code connectionId}, so that a fresh one subscribes again. */
    void resubscribe(String connectionId, String why) {
        if (connection == null || !connection.id().equals(connectionId)) {
            return;
        }
        LOG.info("{}: {}; subscribing again on a fresh connection", connectionId, why);
        connection.close(EndRequest.RESUBSCRIBE);
    }

    /**
     * Studio refused an account. Alone on its connection, the connection is useless (Studio would close it after its
     * subscribe deadline): close it and come back after the longest delay. Beside others, only that account is tried
     * again after the longest delay, on the same connection: the others go on undisturbed.
     */
    @Override
    public void refused(StudioConnection of, String accountId) {
        if (rotation.isStandby(of)) {
            of.close();
        } else if (of == connection && router.size() <= 1) {
            connection.close(EndRequest.SUBSCRIPTION_REFUSED);
        } else if (of == connection) {
            executor.schedule(() -> {
                if (of == connection && router.isAttached(accountId)) {
                    of.subscribe(accountId);
                }
            }, backoff.max().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void tokenExpired(StudioConnection of) {
        of.announceEnd(EndRequest.TOKEN_EXPIRED);
        if (of == connection) {
            tokens.tokenRejected(of.token());
        }
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }
}
