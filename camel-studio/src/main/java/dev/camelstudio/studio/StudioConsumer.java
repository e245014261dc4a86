package dev.camelstudio.studio;

import java.time.Clock;
import java.time.Duration;

import dev.camelstudio.studio.delivery.AccountDispatcher;
import dev.camelstudio.studio.delivery.AccountStream;
import dev.camelstudio.studio.delivery.PositionStore;
import dev.camelstudio.studio.delivery.StreamSettings;
import dev.camelstudio.studio.session.SessionSnapshot;
import dev.camelstudio.studio.session.StudioSession;

import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes one account's Studio activity: one Exchange per message, one at a time in arrival order: on a shared
 * connection (the default) on the component's delivery pool behind the account's bounded buffer; on a connection of
 * its own on the socket's reader thread, so that a slow route pushes back on the server. A route that holds up a
 * shared connection's reader for longer than slowRouteTimeout moves to a connection of its own. The
 * {@link StudioSession} underneath reconnects by itself and delivers each sequenced message once; a message the route
 * did not complete (stopping, or breakOnFirstError) is not acknowledged. Starting never waits for the network. Its
 * JMX view is {@link StudioConsumerMBean}.
 */
@ManagedResource(description = "Clear Street Studio consumer")
public class StudioConsumer extends DefaultConsumer implements StudioConsumerMBean, Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(StudioConsumer.class);
    /** The system clock, as the sessions use: streams, snapshots and the health check then read one time. */
    private static final Clock CLOCK = Clock.systemUTC();

    private final StudioConfiguration configuration;
    /** Made when the consumer starts, read by health checks and JMX. */
    private volatile AccountStream stream;
    private volatile AccountLease lease;
    /** The account's meters, from start to stop; {@link AccountMeters#NONE} without a Micrometer registry. */
    private volatile AccountMeters meters = AccountMeters.NONE;

    /**
     * A consumer of the endpoint's account; it leases a session only when started.
     *
     * @param endpoint  the endpoint, whose configuration names the account and how to deliver its messages
     * @param processor the route, run once per message
     */
    public StudioConsumer(StudioEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
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
        GapHandling gaps = configuration.getGapHandling();
        AccountDispatcher dispatcher = new AccountDispatcher(component().deliveryPool(),
                configuration.getDeliveryBufferSize(), Duration.ofMillis(configuration.getSlowRouteTimeout()));
        stream = new AccountStream(new StreamSettings(configuration.getAccountId(),
                configuration.getStartFrom() == StudioStartFrom.LIVE, gaps.heals(), gaps.reportsUnhealed()),
                positions(), new StudioRouteDelivery(this, configuration), dispatcher, CLOCK);
        meters = StudioMeterRegistries.bind(getEndpoint().getCamelContext(), this, stream);
        lease = new AccountLease(component().sessions(), getEndpoint(), stream);
        lease.attach(!configuration.isSharedConnection());
        LOG.info("Consuming Studio activity of account {} from {} ({} connection, {})", configuration.getAccountId(),
                getEndpoint().serverUri(), configuration.isSharedConnection() ? "shared" : "own",
                stream.position() == null ? "no saved position" : "after saved position " + stream.position());
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
        meters.close();
        meters = AccountMeters.NONE;
        super.doStop();
    }

    /** Suspending closes the connection (or leaves the shared one); the position is kept for resuming. */
    @Override
    protected void doSuspend() throws Exception {
        haltAndDetach();
    }

    @Override
    protected void doResume() throws Exception {
        if (lease != null) {
            lease.attach(!configuration.isSharedConnection());
        }
    }

    /**
     * What the account's buffer holds is dropped unacknowledged (the next start's or resume's replay brings it back);
     * the account leaves its session, and the exchange in flight may finish, waited for without any lock held.
     */
    private void haltAndDetach() throws InterruptedException {
        if (stream == null) {
            return;
        }
        stream.halt();
        lease.release();
        if (!stream.drain(StudioSessionRegistry.STOP_TIMEOUT.toMillis())) {
            LOG.warn("The route of Studio account {} did not finish its exchange in flight within {} ms",
                    configuration.getAccountId(), StudioSessionRegistry.STOP_TIMEOUT.toMillis());
        }
    }

    /** The route is too slow for its shared connection: the account moves to one of its own (delivery pool). */
    void moveToOwnConnection() {
        try {
            lease.moveToOwnConnection(() -> isRunAllowed() && !isSuspendingOrSuspended());
        } catch (Exception e) {
            getExceptionHandler().handleException("Could not move Studio account " + configuration.getAccountId()
                    + " to a connection of its own; restart the route", e);
        }
    }

    /**
     * The account's stream halted (a failed route with breakOnFirstError, a position not saved): the account is
     * subscribed again after a backoff.
     */
    void retryLater(String why, String what, int failuresInARow) {
        StudioSession session = lease.session();
        if (session != null) {
            session.retryLater(stream, why, what, failuresInARow);
        }
    }

    @Override
    public SessionSnapshot snapshot() {
        StudioSession session = session();
        return session == null ? null : session.snapshot(stream);
    }

    @Override
    public void reconnect() {
        StudioSession session = session();
        if (session != null) {
            session.reconnectNow();
        }
    }

    /** The session the account is on; null when stopped or suspended. */
    StudioSession session() {
        AccountLease current = lease;
        return current == null ? null : current.session();
    }

    /** The account's meters; {@link AccountMeters#NONE} without a Micrometer registry. */
    AccountMeters meters() {
        return meters;
    }

    /** Whether this account is subscribed and its replay complete. */
    boolean isAccountReady() {
        AccountStream account = stream;
        return account != null && account.readiness().isReady();
    }

    /** Why Studio refused the account's subscription, if it did since the account was last ready; else null. */
    String subscriptionRefusal() {
        AccountStream account = stream;
        return account == null ? null : account.readiness().refusal();
    }
}
