package dev.camelstudio.studio.session;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.connection.SessionEvents;
import dev.camelstudio.studio.connection.StudioConnection;
import dev.camelstudio.studio.delivery.AccountRouter;
import dev.camelstudio.studio.delivery.AccountStream;
import dev.camelstudio.studio.delivery.SessionCounters;
import dev.camelstudio.studio.delivery.SessionRequests;
import dev.camelstudio.studio.transport.Transport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the Studio subscriptions of one or more accounts alive on one connection at a time: opens a
 * {@link StudioConnection}, and when it ends for any reason (a drop, a close, an expired token, a silent server, a
 * sequence gap) opens the next one, after a backoff with jitter or at once where waiting would only lose time, or lets
 * a token rotation's standby take over. Accounts attach and detach while it runs (several consumers can share it);
 * each account's {@link AccountStream} outlives the connections, so that the replay Studio sends on every subscribe
 * is delivered only where it is new.
 * <p>
 * Threads: the session's executor (one thread, owned by the component's session registry) is the only one that
 * changes session or connection state, and runs every timer: the {@link SessionSupervisor} lives on it, and this
 * class posts to it. The connector thread runs the blocking connect. Each connection's reader thread hands its
 * messages straight to the {@link AccountRouter}, and posts acks, replay-completes, requests (a gap to heal) and its
 * end to the executor. No user code runs on the executor: problems reach the routes through their accounts'
 * delivering threads. Health checks and JMX read the volatile {@link #snapshot(AccountStream)}.
 */
public final class StudioSession {

    private static final Logger LOG = LoggerFactory.getLogger(StudioSession.class);

    private final ScheduledExecutorService executor;
    private final ReconnectBackoff backoff;
    private final SessionCounters counters = new SessionCounters();
    private final AccountRouter router;
    private final SessionSupervisor supervisor;

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
        this.executor = executor;
        this.backoff = backoff;
        this.router = new AccountRouter(counters, clock, new Requests());
        this.supervisor = new SessionSupervisor(settings, tokens, transport, executor, connector, backoff, clock,
                counters, router);
    }

    /** Where the token rotation stands; executor thread (the session layer's tests). */
    TokenRotation.Phase rotationPhase() {
        return supervisor.rotationPhase();
    }

    /**
     * The state as of the last change, with the session's counters and the account's as of now.
     *
     * @param account the account whose counters are added to the session's
     * @return the snapshot, with both counts added up
     */
    public SessionSnapshot snapshot(AccountStream account) {
        return supervisor.status().snapshot(counters.values().plus(account.counters().values()));
    }

    /** {@return the session's own counters (connections, their ends, token fetches), as they run} */
    public SessionCounters counters() {
        return counters;
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
        executor.execute(() -> supervisor.attached(stream, ackedBefore));
    }

    /**
     * Stops delivering an account; returns once no more of its frames are handed to it. Studio has no unsubscribe:
     * its frames still arrive until the next connection, and are dropped.
     *
     * @param stream the stream that was attached; another stream of the same account stays attached
     */
    public void detach(AccountStream stream) {
        router.detach(stream);
    }

    /** Starts connecting in the background; returns at once. */
    public void start() {
        router.closed(false);
        executor.execute(supervisor::start);
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
        router.closed(true);
        CountDownLatch taken = new CountDownLatch(1);
        executor.execute(() -> {
            supervisor.stop();
            taken.countDown();
        });
        // The latch is read once the executor took the stop: the one of this run, not of an earlier start.
        return taken.await(timeout.toMillis(), TimeUnit.MILLISECONDS)
                && supervisor.stopped().await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * An account's stream halted, because its route failed with breakOnFirstError or its position could not be saved.
     * After a backoff that grows while it keeps failing, the account is subscribed again on a fresh connection, whose
     * replay offers what was not completed again, in order.
     *
     * @param stream         the halted account's stream
     * @param why            what failed, for the log: {@code "the route failed on sequence 42 (breakOnFirstError)"}
     * @param what           what is retried, for the log: {@code "sequence 42"}
     * @param failuresInARow how many times in a row it failed, 1 the first time: sets the backoff
     */
    public void retryLater(AccountStream stream, String why, String what, int failuresInARow) {
        Duration delay = backoff.delay(failuresInARow);
        LOG.info("Account {}: {}; the account stops there and is subscribed again in {} ms, so that Studio's replay "
                + "offers what was not completed again", stream.accountId(), why, delay.toMillis());
        executor.schedule(() -> supervisor.retry(stream, what), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Closes the current connection and connects again at once (an operator's "reconnect now"). */
    public void reconnectNow() {
        executor.execute(supervisor::reconnectNow);
    }

    /** What the accounts' streams ask, posted from the readers to the executor. */
    private final class Requests implements SessionRequests {
        @Override
        public void resubscribe(AccountStream stream, long missing, long sequence, String connectionId) {
            SessionEvents.post(executor, () -> supervisor.resubscribe(connectionId, missing
                    + " message(s) of account " + stream.accountId() + " missing before sequence " + sequence));
        }

        @Override
        public void replayCompleted(AccountStream stream, String connectionId) {
            SessionEvents.post(executor, () -> supervisor.replayCompleted(connectionId));
        }
    }
}
