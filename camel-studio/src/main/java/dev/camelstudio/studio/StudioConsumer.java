package dev.camelstudio.studio;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import dev.camelstudio.studio.connection.ConnectionEnd;
import dev.camelstudio.studio.connection.ConnectionListener;
import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.connection.StudioConnection;
import dev.camelstudio.studio.connection.TyrusTransport;
import dev.camelstudio.studio.protocol.ErrorNotice;
import dev.camelstudio.studio.protocol.MessageType;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes one account's Studio activity: one Exchange per message, processed on the socket's reader thread in
 * arrival order, so that a slow route pushes back on the server instead of buffering. Starting never waits for the
 * network: the connection is opened in the background.
 */
public class StudioConsumer extends DefaultConsumer implements ConnectionListener {

    private static final Logger LOG = LoggerFactory.getLogger(StudioConsumer.class);
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private final StudioConfiguration configuration;
    private final StudioExchangeMapper mapper;
    private ScheduledExecutorService executor;
    private TyrusTransport transport;
    private volatile StudioConnection connection;
    private volatile CountDownLatch ended = new CountDownLatch(0);

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
    protected void doStart() throws Exception {
        super.doStart();
        StudioEndpoint endpoint = getEndpoint();
        SSLContext sslContext = endpoint.createSslContext();
        executor = endpoint.getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "Studio[" + configuration.getAccountId() + "]");
        transport = new TyrusTransport(sslContext, Duration.ofMillis(configuration.getConnectTimeout()));
        ended = new CountDownLatch(1);
        connection = new StudioConnection(endpoint.serverUri(), List.of(configuration.getAccountId()),
                Duration.ofMillis(configuration.getSubscribeTimeout()), endpoint.createTokenProvider(sslContext),
                transport, executor, this);
        LOG.info("Connecting to {} for account {} ({})", endpoint.serverUri(), configuration.getAccountId(),
                connection.id());
        connection.start();
    }

    @Override
    protected void doStop() throws Exception {
        if (connection != null) {
            connection.close();
            if (!ended.await(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("{} did not close within {} ms; stopping anyway", connection.id(), CLOSE_WAIT_MILLIS);
            }
            connection = null;
        }
        if (transport != null) {
            transport.close();
            transport = null;
        }
        if (executor != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(executor);
            executor = null;
        }
        super.doStop();
    }

    @Override
    public void onMessage(InboundMessage inbound) {
        MessageType type = inbound.message().type();
        if (type == MessageType.ERROR_NOTICE) {
            LOG.warn("Studio sent an error notice on {}: {}", inbound.connectionId(),
                    ((ErrorNotice) inbound.message()).details());
        }
        if (isControl(type) && !configuration.isIncludeControlMessages()) {
            return;
        }
        Exchange exchange = createExchange(false);
        try {
            mapper.apply(inbound, exchange.getMessage());
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Error processing Studio message " + type.tag()
                                                  + " of account " + inbound.accountId(), exchange,
                    exchange.getException());
        }
        releaseExchange(exchange, false);
    }

    /** Acks, replay-complete, heartbeats and notices: the protocol's unsequenced messages. */
    private static boolean isControl(MessageType type) {
        return !type.isSequenced() && type != MessageType.UNKNOWN;
    }

    @Override
    public void onSubscribeRejected(String accountId, String details) {
        getExceptionHandler().handleException(new StudioSubscriptionException(accountId, details));
    }

    @Override
    public void onUndecodableFrame(RuntimeException error, String connectionId) {
        getExceptionHandler().handleException("Studio sent a frame that cannot be decoded on " + connectionId
                                              + "; it was skipped", error);
    }

    @Override
    public void onEnded(ConnectionEnd end) {
        try {
            if (!end.requested()) {
                getExceptionHandler().handleException(new StudioConnectionException(
                        "The connection to Studio for account " + configuration.getAccountId() + " ended: "
                        + end.describe(), end.cause()));
            }
        } finally {
            ended.countDown();
        }
    }
}
