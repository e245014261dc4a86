package dev.camelstudio.studio.connection;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelstudio.studio.auth.StudioAuthenticationException;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.protocol.DecodedFrame;
import dev.camelstudio.studio.protocol.ErrorNotice;
import dev.camelstudio.studio.protocol.FrameDecodingException;
import dev.camelstudio.studio.protocol.MessageType;
import dev.camelstudio.studio.support.RepeatingFailureLog;
import dev.camelstudio.studio.support.ServerText;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the Studio subscriptions of one or more accounts alive on one connection at a time: opens a
 * {@link StudioConnection}, and when it ends for any reason (a drop, a close, an expired token, a silent server, a
 * sequence gap) opens the next one, after a backoff with jitter or at once where waiting would only lose time.
 * Accounts attach and detach while it runs (several consumers can share it); each account's {@link AccountStream}
 * outlives the connections, so that the replay Studio sends on every subscribe is delivered only where it is new.
 * <p>
 * Threads: the session's executor (one thread, owned by the component's session registry) is the only one that
 * changes session or connection state, and runs every timer: the supervisor below, the connections' subscribes and
 * closes (queued on the transport, never waited for) and the account moves. The connector thread runs the blocking
 * connect; the connection's reader thread decodes each frame, stamps liveness and hands it to the accounts' streams
 * (each under its own lock), and posts acks, replay-completes, closes and requests (a gap to heal, a slow route to
 * move) to the executor. A stream hands messages to its route as its {@link DeliveryMode} says: through the
 * account's bounded buffer on the component's delivery pool (a shared connection, the default), or at once on the
 * reader thread (a connection of its own). Health checks and JMX read the volatile
 * {@link #snapshot(AccountStream)}. Events of a connection that is neither the current one nor the standby are
 * ignored, so a replaced connection can never start a reconnect.
 * <p>
 * Token rotation ({@link TokenRotation.Phase}: planned, fetching, standby): a connection's token is known to expire;
 * {@code tokenRotationMargin} before that, a standby connection subscribes with a new token, and once it is live the
 * old one is closed. Both deliver during the overlap; the accounts' streams drop what the other already delivered,
 * so routes see neither a gap nor a duplicate.
 */
public final class StudioSession {

    private static final Logger LOG = LoggerFactory.getLogger(StudioSession.class);

    private final SessionSettings settings;
    private final StudioTokenProvider tokens;
    private final Transport transport;
    private final ScheduledExecutorService executor;
    private final Executor connector;
    private final ReconnectBackoff backoff;
    private final Clock clock;
    private final AccountRouter router;
    private final SessionCounters counters = new SessionCounters();
    /** Failed connections in a row, logged without flooding: Studio down for an hour is a few lines, not thousands. */
    private final RepeatingFailureLog reconnects = new RepeatingFailureLog(LOG);
    /** Frames that cannot be decoded: a server that keeps sending garbage is a few lines, one per kind and minute. */
    private final RepeatingFailureLog undecodable = new RepeatingFailureLog(LOG);
    /** Whether a binary frame was logged already: it is logged once per session, then only counted. */
    private final AtomicBoolean binaryFrameLogged = new AtomicBoolean();
    private volatile SessionSnapshot snapshot;
    /** Set first thing on stop: frames that arrive after it are not delivered (the next replay brings them). */
    private volatile boolean stopping;

    // Executor thread only.
    private SessionState state = SessionState.STOPPED;
    private Instant stateSince;
    private StudioConnection connection;
    /** The connection taking over from {@link #connection} with a new token, during a rotation. */
    private StudioConnection standby;
    private final TokenRotation rotation;
    private int attempt;
    private Instant nextAttemptAt;
    private Instant liveSince;
    private Instant lastLiveAt;
    private String lastError;
    private ScheduledFuture<?> retry;
    private ScheduledFuture<?> watchdog;
    private CountDownLatch stopped = new CountDownLatch(0);

    /**
     * A session not started yet: nothing connects before {@link #start()}.
     *
     * @param settings  how to connect and recover: URL, timeouts, reconnect attempts, token rotation margin
     * @param tokens    the access tokens each connection subscribes with; told of a token Studio rejected
     * @param transport opens the WebSockets
     * @param executor  the session's own thread: every state change and timer
     * @param connector where the blocking part of connecting (token, TCP, TLS, upgrade) runs, off the executor
     * @param backoff   the delays before reconnect attempts and before a failed route's account is subscribed again
     * @param clock     the time of the snapshot's instants, of liveness and of the token rotation
     */
    public StudioSession(SessionSettings settings, StudioTokenProvider tokens, Transport transport,
            ScheduledExecutorService executor, Executor connector, ReconnectBackoff backoff, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.transport = transport;
        this.executor = executor;
        this.connector = connector;
        this.backoff = backoff;
        this.clock = clock;
        this.router = new AccountRouter(counters, clock);
        this.rotation = new TokenRotation(settings.tokenRotationMargin(), tokens, executor, connector, clock);
        this.stateSince = clock.instant();
        publishSnapshot();
    }

    /** Where the token rotation stands; executor thread (the session layer's tests). */
    TokenRotation.Phase rotationPhase() {
        return rotation.phase();
    }

    /**
     * The state as of the last change, with the session's counters and the account's as of now.
     *
     * @param account the account whose counters are added to the session's
     * @return the snapshot, with both counts added up
     */
    public SessionSnapshot snapshot(AccountStream account) {
        return snapshot.withCounters(counters.values().plus(account.counters()));
    }

    /**
     * Subscribes an account: now if a connection is open, else with the others when one opens. The account is routed
     * to from the moment this returns, so that a {@link #detach} that follows always comes after it; the subscribe
     * itself runs on the executor, and only while the account is still attached.
     *
     * @param stream the account's stream, which takes its messages from now on
     */
    public void attach(AccountStream stream) {
        String ackedBefore = stream.subscribedOn();
        router.attach(stream);
        executor.execute(() -> {
            if (!router.isAttached(stream)) {
                return;
            }
            if (standby != null) {
                // A rotation's standby was opened with the accounts of that time, and is about to take over.
                standby.subscribe(stream.accountId());
            }
            if (connection != null && !connection.subscribe(stream.accountId())
                    && !ackedSince(stream, ackedBefore, connection)) {
                // Attached again after a detach, on the connection it was subscribed on: what came meanwhile was
                // dropped, and Studio replays only on a connection's first subscribe of an account.
                resubscribe(connection, "account " + stream.accountId() + " was attached again");
            }
        });
    }

    /**
     * Whether the stream took the connection's ack after it was attached: it was routed to at once, so a connection
     * opening meanwhile may have subscribed it already, and that needs no second subscribe.
     */
    private static boolean ackedSince(AccountStream stream, String ackedBefore, StudioConnection connection) {
        String acked = stream.subscribedOn();
        return acked != null && !acked.equals(ackedBefore) && acked.equals(connection.id());
    }

    /**
     * Stops delivering an account; returns once no more of its frames are handed to it. Studio has no unsubscribe:
     * its frames still arrive until the next connection, and are dropped.
     *
     * @param stream the stream that was attached; another stream of the same account stays attached
     */
    public void detach(AccountStream stream) {
        // On the caller's thread rather than the executor: when this returns, the account gets nothing more.
        router.detach(stream);
    }

    /** Starts connecting in the background; returns at once. */
    public void start() {
        stopping = false;
        executor.execute(() -> {
            stopped = new CountDownLatch(1);
            attempt = 0;
            long tick = Math.max(50, settings.heartbeatTimeout().toMillis() / 4);
            watchdog = executor.scheduleWithFixedDelay(this::watch, tick, tick, TimeUnit.MILLISECONDS);
            connect();
        });
    }

    /**
     * Stops: no more deliveries, the exchange in flight finishes, then the connection closes with 1000. Waits up to
     * {@code timeout} for the session's executor to take the stop, then up to {@code timeout} again for the close.
     *
     * @param timeout how long to wait for each of the two
     * @return true if the connection closed in time
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean stop(Duration timeout) throws InterruptedException {
        stopping = true;
        CountDownLatch closed = new CountDownLatch(1);
        executor.execute(() -> {
            moveTo(SessionState.STOPPING);
            cancel(retry);
            cancel(watchdog);
            rotation.cancel();
            if (standby != null) {
                standby.close();
                standby = null;
            }
            if (connection != null) {
                connection.close();
            } else {
                stoppedNow();
            }
            closed.countDown();
        });
        if (!closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The route of an account failed with breakOnFirstError: its stream halted before the failed message. After a
     * backoff that grows while the route keeps failing, the account is subscribed again on a fresh connection, whose
     * replay offers the message again, in order.
     *
     * @param stream         the halted account's stream
     * @param sequence       the sequence of the message the route failed on, for the log
     * @param failuresInARow how many times in a row the route failed, 1 the first time: sets the backoff
     */
    public void retryAfterRouteFailure(AccountStream stream, long sequence, int failuresInARow) {
        Duration delay = backoff.delay(failuresInARow);
        LOG.info("The route of account {} failed on sequence {} (breakOnFirstError): the account stops there and is "
                + "subscribed again in {} ms, so that Studio's replay offers it again", stream.accountId(), sequence,
                delay.toMillis());
        executor.schedule(() -> {
            if (!stopping && connection != null && stream.isHalted() && router.isAttached(stream)) {
                resubscribe(connection, "account " + stream.accountId() + " retries sequence " + sequence);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Closes the current connection and connects again at once (an operator's "reconnect now"). */
    public void reconnectNow() {
        executor.execute(() -> {
            if (state == SessionState.BACKOFF) {
                cancel(retry);
                connect();
            } else if (connection != null) {
                connection.close(EndRequest.RECONNECT_NOW);
            }
        });
    }

    // --- the supervisor, on the executor ------------------------------------------------------------------------

    private void connect() {
        if (stopping) {
            return;
        }
        // CONNECTING first: the snapshot's counters are read live, so a reader that sees the new connection counted
        // then never sees the session still in BACKOFF.
        moveTo(SessionState.CONNECTING);
        connection = open();
        publishSnapshot();
    }

    private StudioConnection open() {
        Callbacks callbacks = new Callbacks();
        StudioConnection opened = new StudioConnection(settings.url(), List.copyOf(router.accounts()),
                settings.subscribeTimeout(), tokens, transport, executor, connector, callbacks);
        callbacks.self = opened;
        counters.connections.incrementAndGet();
        LOG.debug("Opening {} for accounts {}", opened.id(), router.accounts());
        opened.start();
        return opened;
    }

    private void ended(StudioConnection ended, ConnectionEnd end) {
        if (ended == standby) {
            standby = null;
            rotation.finished();
            LOG.warn("Token rotation on {} failed ({}); {} goes on until Studio ends it", ended.id(), end.describe(),
                    connection == null ? "the session" : connection.id());
            return;
        }
        if (ended != connection) {
            return;
        }
        String endedId = ended.id();
        if (state == SessionState.LIVE) {
            lastLiveAt = clock.instant();
        }
        connection = null;
        liveSince = null;
        rotation.cancel();
        router.connectionEnded();
        if (state == SessionState.STOPPING) {
            stoppedNow();
            return;
        }
        if (end.cause() != null) {
            lastError = end.cause().getMessage();
        }
        if (standby != null) {
            // A rotation was under way: its connection takes over instead of a reconnect.
            connection = standby;
            standby = null;
            LOG.info("{} ended ({}); {} takes over", endedId, end.describe(), connection.id());
            moveTo(connection.state() == ConnectionState.LIVE ? SessionState.LIVE : SessionState.CONNECTING);
            return;
        }
        Duration delay;
        if (end.request() != null && end.request().reconnectsAtOnce()) {
            delay = Duration.ZERO;
            LOG.info("{} closed ({}, {}); connecting again now", endedId, end.request(), end.describe());
        } else {
            attempt++;
            if (settings.maxReconnectAttempts() > 0 && attempt > settings.maxReconnectAttempts()) {
                giveUp(end);
                return;
            }
            boolean permanent = end.request() == EndRequest.SUBSCRIPTION_REFUSED || isPermanent(end.cause());
            delay = permanent ? backoff.max() : backoff.delay(attempt);
            // A refusal that waiting will not change is tried again slowly, until someone fixes it.
            String next = permanent
                    ? "Trying again every " + delay.toMillis() + " ms (reconnectMaxDelay) until that is fixed"
                    : "Reconnecting in " + delay.toMillis() + " ms (attempt " + attempt + ")";
            reconnects.failure(endedId + " to Studio for accounts " + router.accounts() + " " + end.outcome() + ". "
                    + next);
            router.toEveryAccount(new StudioConnectionException("The connection to Studio for accounts "
                    + router.accounts() + " " + end.outcome() + ". " + next, end.cause()));
        }
        nextAttemptAt = clock.instant().plus(delay);
        moveTo(SessionState.BACKOFF);
        retry = executor.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static boolean isPermanent(Throwable cause) {
        return cause instanceof StudioAuthenticationException auth && auth.isPermanent();
    }

    private void giveUp(ConnectionEnd end) {
        cancel(watchdog);
        moveTo(SessionState.FAILED);
        String message = "Gave up on Studio for accounts " + router.accounts() + " after "
                + settings.maxReconnectAttempts() + " reconnect attempts (last: " + end.describe()
                + "); restart the route, or set maxReconnectAttempts=0 to retry forever";
        LOG.error(message);
        router.toEveryAccount(new StudioConnectionException(message, end.cause()));
    }

    private void stoppedNow() {
        moveTo(SessionState.STOPPED);
        stopped.countDown();
    }

    /** Takes a silent connection for dead; resets the attempt count once a connection has been live long enough. */
    private void watch() {
        StudioConnection current = connection;
        if (current == null || !current.state().isOpen()) {
            return;
        }
        Duration silence = current.silence();
        if (silence.compareTo(settings.heartbeatTimeout()) > 0) {
            LOG.warn("{}: no frame from Studio for {} ms (heartbeatTimeout {} ms); taking it for dead", current.id(),
                    silence.toMillis(), settings.heartbeatTimeout().toMillis());
            current.abort(new IOException("No frame from Studio for " + silence.toMillis()
                    + " ms, more than heartbeatTimeout " + settings.heartbeatTimeout().toMillis()
                    + " ms"));
            return;
        }
        if (attempt > 0 && liveSince != null
                && Duration.between(liveSince, clock.instant()).compareTo(settings.heartbeatTimeout()) >= 0) {
            attempt = 0;
            lastError = null;
            publishSnapshot();
        }
    }

    private void replayCompleted(StudioConnection of) {
        if (of == standby && standby.state() == ConnectionState.LIVE) {
            takeOver();
            return;
        }
        if (of != connection) {
            return;
        }
        if (connection.state() == ConnectionState.LIVE && state != SessionState.LIVE) {
            liveSince = clock.instant();
            lastLiveAt = liveSince;
            moveTo(SessionState.LIVE);
            reconnects.succeeded(connection.id() + " is live for accounts " + router.accounts());
            scheduleRotation();
        }
    }

    /** The standby is live: it becomes the connection, the old one closes. */
    private void takeOver() {
        StudioConnection old = connection;
        connection = standby;
        standby = null;
        LOG.info("{} took over from {} with a new token", connection.id(), old == null ? "nothing" : old.id());
        if (old != null) {
            old.close();
        }
        liveSince = clock.instant();
        lastLiveAt = liveSince;
        moveTo(SessionState.LIVE);
        scheduleRotation();
    }

    /** Plans the rotation of the current connection's token. */
    private void scheduleRotation() {
        StudioConnection current = connection;
        rotation.plan(current, old -> {
            if (connection == current && standby == null && state == SessionState.LIVE && !stopping) {
                standby = open();
                LOG.info("The token of {} expires at {}: {} subscribes with a new token to take over", current.id(),
                        old.expiresAt(), standby.id());
            } else {
                rotation.finished();
            }
        });
    }

    /**
     * An account's route was too slow for the shared connection: its consumer moves it to a connection of its own
     * (see {@link SessionListener#moveToOwnConnection()}), here on the executor, unless it left meanwhile.
     */
    private void move(AccountStream stream) {
        if (!stopping && router.isAttached(stream)) {
            stream.listener().moveToOwnConnection();
        }
    }

    /** Ends the current connection so that a fresh one subscribes again, at once. */
    private void resubscribe(StudioConnection of, String why) {
        if (of != connection) {
            return;
        }
        LOG.info("{}: {}; subscribing again on a fresh connection", connection.id(), why);
        connection.close(EndRequest.RESUBSCRIBE);
    }

    /**
     * Studio refused an account. Alone on its connection, the connection is useless (Studio would close it after its
     * subscribe deadline): close it and come back after the longest delay. Beside others, only that account is tried
     * again after the longest delay, on the same connection: the others go on undisturbed.
     */
    private void refused(StudioConnection of, String accountId) {
        if (of == standby) {
            standby.close();
            return;
        }
        if (of != connection) {
            return;
        }
        if (router.size() <= 1) {
            connection.close(EndRequest.SUBSCRIPTION_REFUSED);
            return;
        }
        executor.schedule(() -> {
            if (of == connection && router.isAttached(accountId)) {
                of.subscribe(accountId);
            }
        }, backoff.max().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void moveTo(SessionState next) {
        if (next != state) {
            LOG.debug("Session for {}: {} -> {}", router.accounts(), state, next);
            state = next;
            stateSince = clock.instant();
        }
        publishSnapshot();
    }

    private void publishSnapshot() {
        snapshot = new SessionSnapshot(state, stateSince, connection == null ? null : connection.id(), attempt,
                state == SessionState.BACKOFF ? nextAttemptAt : null, lastError, lastLiveAt, counters.values());
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    /** The listener of one connection; events of connections the session no longer holds are ignored. */
    private final class Callbacks implements ConnectionListener, AccountStream.SessionRequests {

        /** Set right after the connection is built, before it starts, so before any event. */
        private volatile StudioConnection self;

        @Override
        public void onMessage(InboundMessage inbound) {
            if (stopping) {
                return;
            }
            DecodedFrame message = inbound.frame();
            if (message.type() == MessageType.ERROR_NOTICE) {
                notice((ErrorNotice) message.message());
            }
            router.route(inbound, this);
        }

        @Override
        public void replayCompleted(AccountStream stream) {
            SessionEvents.post(executor, () -> StudioSession.this.replayCompleted(self));
        }

        @Override
        public void resubscribe(AccountStream stream, long missing, long sequence) {
            SessionEvents.post(executor, () -> StudioSession.this.resubscribe(self, missing + " message(s) of account "
                    + stream.accountId() + " missing before sequence " + sequence));
        }

        @Override
        public void moveToOwnConnection(AccountStream stream) {
            SessionEvents.post(executor, () -> move(stream));
        }

        private void notice(ErrorNotice notice) {
            counters.errorNotices.incrementAndGet();
            ErrorNoticeKind kind = ErrorNoticeKind.of(notice.details());
            if (kind == ErrorNoticeKind.AUTH_EXPIRED) {
                LOG.info("Studio says the token expired ({}); reconnecting at once with a new one",
                        ServerText.excerpt(notice.details()));
                // Posted before Studio's close that follows is read, so the end then says why.
                SessionEvents.post(executor, () -> {
                    self.announceEnd(EndRequest.TOKEN_EXPIRED);
                    if (self == connection) {
                        tokens.tokenRejected(self.token());
                    }
                });
            } else {
                LOG.warn("Studio sent an error notice ({}): {}", kind, ServerText.excerpt(notice.details()));
            }
        }

        @Override
        public void onSubscribeRejected(String accountId, String details) {
            LOG.warn("Studio refused the subscription to account {} (\"{}\"): {}. Trying again in {} ms", accountId,
                    ServerText.excerpt(details), SubscribeRefusal.of(details).advice(), backoff.max().toMillis());
            router.toAccount(accountId, stream -> {
                StudioSubscriptionException refused = new StudioSubscriptionException(accountId, details);
                stream.rejected(refused.getMessage());
                stream.listener().problem(refused);
            });
            refused(self, accountId);
        }

        @Override
        public void onUndecodableFrame(RuntimeException error, String connectionId) {
            String kind = error instanceof FrameDecodingException decoding ? decoding.reason() : error.toString();
            undecodable.failure(kind, connectionId + ": skipped a frame that cannot be decoded: " + error.getMessage());
            router.toEveryAccount(error);
        }

        @Override
        public void onBinaryFrame(int bytes, String connectionId) {
            counters.binaryFramesDropped.incrementAndGet();
            if (binaryFrameLogged.compareAndSet(false, true)) {
                LOG.warn("{}: Studio sent a binary frame ({} bytes), though its messages are JSON text; dropped it. "
                        + "Further ones are dropped without a log line and counted (binary.frames.dropped in the "
                        + "health check details and the dev console)", connectionId, bytes);
            }
        }

        @Override
        public void onEnded(ConnectionEnd end) {
            ended(self, end);
        }
    }
}
