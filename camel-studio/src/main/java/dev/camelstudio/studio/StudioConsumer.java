package dev.camelstudio.studio;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;

import javax.net.ssl.SSLContext;

import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.connection.PositionStore;
import dev.camelstudio.studio.connection.ReconnectBackoff;
import dev.camelstudio.studio.connection.SessionListener;
import dev.camelstudio.studio.connection.SessionSettings;
import dev.camelstudio.studio.connection.SessionSnapshot;
import dev.camelstudio.studio.connection.StudioSession;
import dev.camelstudio.studio.connection.TyrusTransport;
import dev.camelstudio.studio.protocol.MessageType;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.LoggingExceptionHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes one account's Studio activity: one Exchange per message, processed on the socket's reader thread in
 * arrival order, so that a slow route pushes back on the server instead of buffering. The {@link StudioSession}
 * underneath reconnects by itself and delivers each sequenced message once. Starting never waits for the network.
 */
@ManagedResource(description = "Clear Street Studio consumer")
public class StudioConsumer extends DefaultConsumer implements SessionListener, Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(StudioConsumer.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final StudioConfiguration configuration;
    private final StudioExchangeMapper mapper;
    private ScheduledExecutorService executor;
    private ExecutorService connector;
    private TyrusTransport transport;
    private volatile StudioSession session;

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

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        StudioComponent component = (StudioComponent) getEndpoint().getComponent();
        if (component.isHealthCheckConsumerEnabled()) {
            setHealthCheck(new StudioConsumerHealthCheck(this, getRouteId(),
                    Duration.ofMillis(configuration.getHeartbeatTimeout())));
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        StudioEndpoint endpoint = getEndpoint();
        SSLContext sslContext = endpoint.createSslContext();
        ExecutorServiceManager executors = endpoint.getCamelContext().getExecutorServiceManager();
        String name = "Studio[" + configuration.getAccountId() + "]";
        executor = executors.newSingleThreadScheduledExecutor(this, name);
        connector = executors.newSingleThreadExecutor(this, name + "-connect");
        transport = new TyrusTransport(sslContext, Duration.ofMillis(configuration.getConnectTimeout()));
        session = new StudioSession(sessionSettings(endpoint), endpoint.createTokenProvider(sslContext), transport,
                executor, connector, this, positions(),
                new ReconnectBackoff(Duration.ofMillis(configuration.getReconnectInitialDelay()),
                        Duration.ofMillis(configuration.getReconnectMaxDelay()),
                        () -> ThreadLocalRandom.current().nextDouble()),
                Clock.systemUTC());
        LOG.info("Consuming Studio activity of account {} from {}", configuration.getAccountId(), endpoint.serverUri());
        session.start();
    }

    private SessionSettings sessionSettings(StudioEndpoint endpoint) {
        return new SessionSettings(endpoint.serverUri(), List.of(configuration.getAccountId()),
                Duration.ofMillis(configuration.getSubscribeTimeout()),
                Duration.ofMillis(configuration.getHeartbeatTimeout()),
                Duration.ofMillis(configuration.getReconnectInitialDelay()),
                Duration.ofMillis(configuration.getReconnectMaxDelay()),
                configuration.getMaxReconnectAttempts(), configuration.getGapHandling(),
                configuration.getStartFrom() == StudioStartFrom.LIVE,
                Duration.ofMillis(configuration.getTokenRotationMargin()));
    }

    private PositionStore positions() {
        return configuration.getSequenceStateRepository() == null
                ? PositionStore.NONE : new StateRepositoryPositions(configuration.getSequenceStateRepository());
    }

    @Override
    protected void doStop() throws Exception {
        if (session != null && !session.stop(STOP_TIMEOUT)) {
            LOG.warn("The Studio connection of account {} did not close within {} ms; stopping anyway",
                    configuration.getAccountId(), STOP_TIMEOUT.toMillis());
        }
        session = null;
        if (transport != null) {
            transport.close();
            transport = null;
        }
        ExecutorServiceManager executors = getEndpoint().getCamelContext().getExecutorServiceManager();
        if (executor != null) {
            executors.shutdownNow(executor);
            executor = null;
        }
        if (connector != null) {
            // Not shutdownNow: Tyrus leaves the socket of an interrupted handshake open (and its threads running).
            // A connect in flight ends by itself within connectTimeout and closes what it opened, as the
            // connection is closed by now.
            executors.shutdown(connector);
            connector = null;
        }
        super.doStop();
    }

    /** Suspending closes the connection; the position is kept, so resuming delivers from where it stopped. */
    @Override
    protected void doSuspend() throws Exception {
        if (session != null) {
            session.stop(STOP_TIMEOUT);
        }
    }

    @Override
    protected void doResume() throws Exception {
        if (session != null) {
            session.start();
        }
    }

    @Override
    public void deliver(InboundMessage inbound, long missingBefore) {
        MessageType type = inbound.message().type();
        if (isControl(type) && !configuration.isIncludeControlMessages()) {
            return;
        }
        Exchange exchange = createExchange(false);
        try {
            mapper.apply(inbound, missingBefore, exchange.getMessage());
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Error processing Studio message " + inbound.message().rawType()
                                                  + " of account " + inbound.accountId(), exchange,
                    exchange.getException());
        }
        releaseExchange(exchange, false);
    }

    /** Acks, replay-complete, heartbeats and notices: the protocol's unsequenced messages. */
    private static boolean isControl(MessageType type) {
        return !type.isSequenced() && type != MessageType.UNKNOWN;
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

    /** The session's state, for the health check and the console; null when not started. */
    public SessionSnapshot snapshot() {
        StudioSession current = session;
        return current == null ? null : current.snapshot();
    }

    @ManagedAttribute(description = "The connection state: STOPPED, CONNECTING, LIVE, BACKOFF, STOPPING or FAILED")
    public String getConnectionState() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? "STOPPED" : snapshot.state().name();
    }

    @ManagedAttribute(description = "The state, since when, and the last error, in one line")
    public String getConnectionStatus() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? "STOPPED" : snapshot.describe();
    }

    @ManagedAttribute(description = "Data messages (sequenced, or of an unknown type) delivered to the route")
    public long getMessagesDelivered() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? 0 : snapshot.counters().delivered();
    }

    @ManagedAttribute(description = "Replayed or repeated messages dropped because they were already delivered")
    public long getDuplicatesDropped() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? 0 : snapshot.counters().duplicatesDropped();
    }

    @ManagedAttribute(description = "Connections opened since the consumer started")
    public long getConnections() {
        SessionSnapshot snapshot = snapshot();
        return snapshot == null ? 0 : snapshot.counters().connections();
    }

    @ManagedOperation(description = "Close the connection and connect again at once")
    public void reconnect() {
        StudioSession current = session;
        if (current != null) {
            current.reconnectNow();
        }
    }
}
