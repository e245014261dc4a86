package dev.camelstudio.studio;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

import dev.camelstudio.studio.connection.AccountDispatcher;
import dev.camelstudio.studio.connection.AccountStream;
import dev.camelstudio.studio.connection.DeliveryMode;
import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.connection.PositionStore;
import dev.camelstudio.studio.connection.SessionListener;
import dev.camelstudio.studio.connection.SessionSnapshot;
import dev.camelstudio.studio.support.ServerText;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.LoggingExceptionHandler;
import org.apache.camel.support.service.ServiceHelper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes one account's Studio activity: one Exchange per message, one at a time in arrival order: on a shared
 * connection (the default) on the component's delivery pool behind the account's bounded buffer, whose reader waits
 * while the buffer is full; on a connection of its own on the socket's reader thread, so that a slow route pushes
 * back on the server. A route that keeps its buffer full for slowRouteTimeout moves to a connection of its own. The
 * {@link dev.camelstudio.studio.connection.StudioSession StudioSession} underneath reconnects by itself and delivers
 * each sequenced message once; a message the route did not complete (stopping, or breakOnFirstError) is not
 * acknowledged. Starting never waits for the network.
 */
@ManagedResource(description = "Clear Street Studio consumer")
public class StudioConsumer extends DefaultConsumer implements SessionListener, Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(StudioConsumer.class);
    /** The system clock, as the sessions use: streams, snapshots and the health check then read one time. */
    private static final Clock CLOCK = Clock.systemUTC();

    private final StudioConfiguration configuration;
    private final StudioExchangeMapper mapper;
    private volatile AccountStream stream;
    /** The session the account is on; replaced when a slow route moves it to a connection of its own. */
    private volatile StudioSessionRegistry.Lease lease;
    /**
     * Held while the lease changes (attach, release, the move to an own connection), so that a move and a stop cannot
     * interleave: a stop either sees the moved lease and releases it, or the move sees the stop and leases nothing.
     */
    private final ReentrantLock leasing = new ReentrantLock();
    /** breakOnFirstError: how often in a row the route failed; only the account's delivering thread touches it. */
    private int breaksInARow;

    /**
     * A consumer of the endpoint's account; it leases a session only when started.
     *
     * @param endpoint  the endpoint, whose configuration names the account and how to deliver its messages
     * @param processor the route, run once per message
     */
    public StudioConsumer(StudioEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.mapper = new StudioExchangeMapper(configuration.getBodyType(), endpoint.getChannel(),
                configuration.getAccountId());
    }

    @Override
    public StudioEndpoint getEndpoint() {
        return (StudioEndpoint) super.getEndpoint();
    }

    private StudioComponent component() {
        return (StudioComponent) getEndpoint().getComponent();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (component().isHealthCheckConsumerEnabled()) {
            setHealthCheck(new StudioConsumerHealthCheck(this, getRouteId(),
                    Duration.ofMillis(configuration.getHeartbeatTimeout()), CLOCK));
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        stream = new AccountStream(configuration.getAccountId(), configuration.getStartFrom() == StudioStartFrom.LIVE,
                configuration.getGapHandling(), positions(), this, CLOCK,
                Duration.ofMillis(configuration.getSlowRouteTimeout()));
        attach(!configuration.isSharedConnection());
        LOG.info("Consuming Studio activity of account {} from {} ({} connection, {})", configuration.getAccountId(),
                getEndpoint().serverUri(), configuration.isSharedConnection() ? "shared" : "own",
                stream.position() == null ? "no saved position" : "after saved position " + stream.position());
    }

    /**
     * Leases a session and attaches the account. On a shared connection its route runs behind a bounded buffer on the
     * delivery pool; on its own, on the socket's reader thread.
     */
    private void attach(boolean ownConnection) throws Exception {
        leasing.lock();
        try {
            StudioSessionRegistry.Lease leased = component().sessions().lease(getEndpoint(), ownConnection);
            if (ownConnection) {
                stream.ownConnection();
            } else {
                stream.shareConnection(new AccountDispatcher(component().deliveryPool(),
                        configuration.getDeliveryBufferSize()));
            }
            lease = leased;
            leased.session().attach(stream);
        } finally {
            leasing.unlock();
        }
    }

    /**
     * Gives the lease back, once: the move and a stop may both ask, and a second release would close a session that
     * other routes still use. Called with {@link #leasing} held.
     */
    private void release() throws InterruptedException {
        StudioSessionRegistry.Lease leased = detach();
        if (leased != null) {
            leased.release();
        }
    }

    /** Leaves the session the account is on, if any; returns its lease, to be given back. With {@link #leasing}. */
    private StudioSessionRegistry.Lease detach() {
        StudioSessionRegistry.Lease leased = lease;
        if (leased != null) {
            lease = null;
            leased.session().detach(stream);
        }
        return leased;
    }

    /**
     * The user's state repository, else the endpoint's memory: Camel makes a new consumer each time a route starts,
     * and a restarted route goes on where it stopped, like a resumed one.
     */
    private PositionStore positions() {
        StateRepository<String, String> repository = configuration.getSequenceStateRepository();
        if (repository == null) {
            return new StateRepositoryPositions(getEndpoint().positionsInMemory());
        }
        // A FileStateRepository reads its file when started: a bean the user did not start would forget every
        // position, so it is started here (a no-op if it runs already) and stopped with the endpoint.
        ServiceHelper.startService(repository);
        return new StateRepositoryPositions(repository);
    }

    @Override
    protected void doStop() throws Exception {
        haltAndDetach();
        super.doStop();
    }

    /**
     * What the account's buffer holds is dropped unacknowledged (the next start's or resume's replay brings it back);
     * the account leaves its session, and the exchange in flight may finish.
     */
    private void haltAndDetach() throws InterruptedException {
        if (stream == null) {
            return;
        }
        stream.halt();
        leasing.lock();
        try {
            if (lease == null) {
                return;
            }
            release();
        } finally {
            leasing.unlock();
        }
        if (!stream.drain(StudioSessionRegistry.STOP_TIMEOUT.toMillis())) {
            LOG.warn("The route of Studio account {} did not finish its exchange in flight within {} ms",
                    configuration.getAccountId(), StudioSessionRegistry.STOP_TIMEOUT.toMillis());
        }
    }

    /** Suspending closes the connection (or leaves the shared one); the position is kept for resuming. */
    @Override
    protected void doSuspend() throws Exception {
        haltAndDetach();
    }

    @Override
    protected void doResume() throws Exception {
        if (stream != null) {
            attach(!configuration.isSharedConnection());
        }
    }

    /**
     * A slow route kept its buffer on the shared connection full: the account moves to a connection of its own. Runs
     * on the shared session's executor, so the old lease is released without waiting for that session to close.
     * Its buffer keeps what it holds, in order, ahead of what the new connection's replay brings; the duplicates are
     * dropped. A stop under way (it holds the lease lock) wins: nothing is leased.
     */
    @Override
    public void moveToOwnConnection() {
        if (!leasing.tryLock()) {
            return;
        }
        try {
            if (lease == null || stream.mode() != DeliveryMode.MOVING || !isRunAllowed()
                    || isSuspendingOrSuspended()) {
                // Moved already (a repeated request), stopping or suspended: nothing to lease.
                return;
            }
            detach().releaseLater();
            stream.movedToOwnConnection();
            StudioSessionRegistry.Lease own = component().sessions().lease(getEndpoint(), true);
            lease = own;
            own.session().attach(stream);
        } catch (Exception e) {
            getExceptionHandler().handleException("Could not move Studio account " + configuration.getAccountId()
                    + " to a connection of its own; restart the route", e);
        } finally {
            leasing.unlock();
        }
    }

    /**
     * Runs the route for one message. A message the route did not complete because the consumer or the context is
     * stopping is not done with: the position stays before it and the next start's replay brings it back. A failure
     * goes to the exception handler and is skipped, or, with breakOnFirstError, stops the account there until a fresh
     * subscribe replays it.
     */
    @Override
    public boolean deliver(InboundMessage inbound, long missingBefore) {
        // Control messages come here only with includeControlMessages (wantsControlMessages).
        if (isShuttingDown()) {
            return false;
        }
        Exchange exchange = createExchange(false);
        try {
            mapper.apply(inbound, missingBefore, exchange.getMessage());
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        boolean done = exchange.getException() == null || failed(inbound, exchange);
        if (exchange.getException() == null) {
            breaksInARow = 0;
        }
        releaseExchange(exchange, false);
        return done;
    }

    /** Whether the failed exchange is done with (skipped), as opposed to to be offered again. */
    private boolean failed(InboundMessage inbound, Exchange exchange) {
        Long sequence = inbound.frame().sequence();
        if (isShuttingDown()) {
            LOG.debug("Studio account {}: the route did not complete sequence {} while stopping; it stays "
                    + "unacknowledged and the next start's replay delivers it again", inbound.accountId(), sequence);
            return false;
        }
        getExceptionHandler().handleException("Error processing Studio message "
                + ServerText.excerpt(inbound.frame().rawType())
                + " of account " + inbound.accountId(), exchange,
                exchange.getException());
        if (!configuration.isBreakOnFirstError() || sequence == null) {
            return true;
        }
        StudioSessionRegistry.Lease current = lease;
        if (current != null) {
            current.session().retryAfterRouteFailure(stream, sequence, ++breaksInARow);
        }
        return false;
    }

    /** The consumer or its context is stopping: exchanges that fail now failed because of it. */
    private boolean isShuttingDown() {
        return !isRunAllowed() || getEndpoint().getCamelContext().isStopping();
    }

    @Override
    public boolean wantsControlMessages() {
        return configuration.isIncludeControlMessages();
    }

    /**
     * Problems outside an exchange are logged by the session; they also reach the exception handler when the user
     * routed them there (bridgeErrorHandler, or an exceptionHandler of their own), without being logged twice.
     */
    @Override
    public void problem(Throwable error) {
        if (getEndpoint().isBridgeErrorHandler() || !(getExceptionHandler() instanceof LoggingExceptionHandler)) {
            getExceptionHandler().handleException(error);
        }
    }

    /**
     * The session's state with this account's counters, for the health check and the console; null when stopped.
     *
     * @return the snapshot, with the session's and the account's counters added up; null when stopped or suspended
     */
    public SessionSnapshot snapshot() {
        StudioSessionRegistry.Lease current = lease;
        AccountStream account = stream;
        return current == null || account == null ? null : current.session().snapshot(account);
    }

    /** Whether this account is subscribed and its replay complete. */
    boolean isAccountReady() {
        AccountStream account = stream;
        return account != null && account.isReady();
    }

    /** Why Studio refused the account's subscription, if it did since the account was last ready; else null. */
    String subscriptionRefusal() {
        AccountStream account = stream;
        return account == null ? null : account.refusal();
    }

    /**
     * The state of the connection the account is on, for JMX.
     *
     * @return the session's state by name; {@code STOPPED} when the consumer is stopped or suspended
     */
    @ManagedAttribute(description = "The connection state: STOPPED, CONNECTING, LIVE, BACKOFF, STOPPING or FAILED")
    public String getConnectionState() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? "STOPPED" : snapshot.state().name();
    }

    /**
     * The state of the connection the account is on, with since when and the last error, for JMX.
     *
     * @return one line, e.g. {@code BACKOFF since ..., attempt 2, next at ..., last error: ...}; {@code STOPPED} when
     *         the consumer is stopped or suspended
     */
    @ManagedAttribute(description = "The state, since when, and the last error, in one line")
    public String getConnectionStatus() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? "STOPPED" : snapshot.describe();
    }

    /**
     * How many data messages (sequenced, or of an unknown type) were handed to the route, for JMX.
     *
     * @return the count; 0 when the consumer is stopped or suspended
     */
    @ManagedAttribute(description = "Data messages (sequenced, or of an unknown type) delivered to the route")
    public long getMessagesDelivered() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? 0 : snapshot.counters().delivered();
    }

    /**
     * How many replayed or repeated messages were dropped because they were already delivered, for JMX.
     *
     * @return the count; 0 when the consumer is stopped or suspended
     */
    @ManagedAttribute(description = "Replayed or repeated messages dropped because they were already delivered")
    public long getDuplicatesDropped() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? 0 : snapshot.counters().duplicatesDropped();
    }

    /**
     * How many connections the session the account is on has opened, for JMX.
     *
     * @return the count; 0 when the consumer is stopped or suspended
     */
    @ManagedAttribute(description = "Connections opened by the session the account is on (shared with the other "
            + "accounts of a shared connection; counted anew after a move to a connection of its own)")
    public long getConnections() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? 0 : snapshot.counters().connections();
    }

    /**
     * Closes the connection the account is on and connects again at once, for JMX; every account on that connection
     * reconnects. Does nothing when the consumer is stopped or suspended.
     */
    @ManagedOperation(description = "Close the connection and connect again at once (every account on it reconnects)")
    public void reconnect() {
        StudioSessionRegistry.Lease current = lease;
        if (current != null) {
            current.session().reconnectNow();
        }
    }
}
