package dev.camelstudio.studio;

import dev.camelstudio.studio.connection.InboundMessage;
import dev.camelstudio.studio.delivery.AccountListener;
import dev.camelstudio.studio.support.ServerText;

import org.apache.camel.Exchange;
import org.apache.camel.support.LoggingExceptionHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a {@link StudioConsumer} runs its route for each message, and what a failure means: skipped after the exception
 * handler saw it, or with breakOnFirstError the account stops there until a fresh subscribe replays it; a message not
 * completed because the consumer or the context is stopping is not acknowledged.
 */
final class StudioRouteDelivery implements AccountListener {

    private static final Logger LOG = LoggerFactory.getLogger(StudioRouteDelivery.class);

    private final StudioConsumer consumer;
    private final StudioConfiguration configuration;
    private final StudioExchangeMapper mapper;
    /**
     * How often in a row the stream halted: the route failed (breakOnFirstError), or the position was not saved.
     * Touched only by deliveries, which run one at a time (on the account's delivering thread, which may change when
     * the account moves), each seeing the previous one's write.
     */
    private int breaksInARow;

    StudioRouteDelivery(StudioConsumer consumer, StudioConfiguration configuration) {
        this.consumer = consumer;
        this.configuration = configuration;
        this.mapper = new StudioExchangeMapper(configuration.getBodyType(), consumer.getEndpoint().getChannel(),
                configuration.getAccountId());
    }

    @Override
    public boolean deliver(InboundMessage inbound, long missingBefore) {
        // Control messages come here only with includeControlMessages (wantsControlMessages).
        if (isShuttingDown()) {
            return false;
        }
        consumer.meters().handedToRoute(inbound);
        Exchange exchange = consumer.createExchange(false);
        try {
            try {
                mapper.apply(inbound, missingBefore, exchange.getMessage());
                consumer.getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            boolean done = exchange.getException() == null || failed(inbound, exchange);
            if (exchange.getException() == null) {
                breaksInARow = 0;
            }
            return done;
        } finally {
            // On every path, also when an exception handler throws: with Camel's pooled exchange factory
            // (camel.main.exchangeFactory=pooled) the Exchange goes back to the pool for the next message.
            consumer.releaseExchange(exchange, false);
        }
    }

    /** Whether the failed exchange is done with (skipped), as opposed to to be offered again. */
    private boolean failed(InboundMessage inbound, Exchange exchange) {
        Long sequence = inbound.frame().sequence();
        if (isShuttingDown()) {
            LOG.debug("Studio account {}: the route did not complete sequence {} while stopping; it stays "
                    + "unacknowledged and the next start's replay delivers it again", inbound.accountId(), sequence);
            return false;
        }
        consumer.meters().routeFailed();
        consumer.getExceptionHandler().handleException("Error processing Studio message "
                + ServerText.excerpt(inbound.frame().rawType()) + " of account " + inbound.accountId(), exchange,
                exchange.getException());
        if (!configuration.isBreakOnFirstError() || sequence == null) {
            return true;
        }
        consumer.retryLater("the route failed on sequence " + sequence + " (breakOnFirstError)", "sequence " + sequence,
                ++breaksInARow);
        return false;
    }

    /** The consumer or its context is stopping: exchanges that fail now failed because of it. */
    private boolean isShuttingDown() {
        return !consumer.isRunAllowed() || consumer.getEndpoint().getCamelContext().isStopping();
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
        if (consumer.getEndpoint().isBridgeErrorHandler()
                || !(consumer.getExceptionHandler() instanceof LoggingExceptionHandler)) {
            consumer.getExceptionHandler().handleException(error);
        }
    }

    /** The repository logged why; the account waits and retries, with the backoff of a failing route. */
    @Override
    public void positionNotSaved(RuntimeException cause) {
        consumer.retryLater("its position could not be saved in the sequenceStateRepository, so nothing more is "
                + "delivered until it is", "saving its position", ++breaksInARow);
    }

    @Override
    public void moveToOwnConnection() {
        consumer.moveToOwnConnection();
    }
}
