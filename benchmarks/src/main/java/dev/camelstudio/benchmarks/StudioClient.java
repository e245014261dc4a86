package dev.camelstudio.benchmarks;

import java.time.Duration;
import java.util.List;

import dev.camelstudio.studio.StudioConstants;
import dev.camelstudio.studio.StudioConsumer;
import dev.camelstudio.studio.StudioTransport;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;

/**
 * camel-studio: one {@code studio:activity} route per account into a no-op processor, on one transport, optionally
 * with Camel's pooled exchanges.
 */
final class StudioClient implements BenchClient {

    static final String NAME_PREFIX = "camel-studio";
    /** How a client on Camel's pooled exchange factory ends its name; the rest is that of the same client without. */
    static final String POOLED_SUFFIX = ", pooled exchanges";
    /** The backoff of every reconnect (reconnectInitialDelay and reconnectMaxDelay), which the drop figure reports. */
    static final Duration RECONNECT_DELAY = Duration.ofMillis(100);

    private final StudioTransport transport;
    private final String bodyType;
    private final boolean sharedConnection;
    private final boolean pooledExchanges;
    private CamelContext context;

    StudioClient(StudioTransport transport, String bodyType, boolean sharedConnection) {
        this(transport, bodyType, sharedConnection, false);
    }

    StudioClient(StudioTransport transport, String bodyType, boolean sharedConnection, boolean pooledExchanges) {
        this.transport = transport;
        this.bodyType = bodyType;
        this.sharedConnection = sharedConnection;
        this.pooledExchanges = pooledExchanges;
    }

    @Override
    public String name() {
        return NAME_PREFIX + " " + transportName(transport) + " bodyType=" + bodyType + ", "
                + (sharedConnection ? "shared" : "own") + " connection" + (pooledExchanges ? POOLED_SUFFIX : "");
    }

    /** How a transport appears in client names: "Tyrus" or "JDK". */
    static String transportName(StudioTransport transport) {
        return transport == StudioTransport.JDK ? "JDK" : "Tyrus";
    }

    @Override
    public void start(String serverUrl, List<String> accounts, Delivery delivery) throws Exception {
        String delay = RECONNECT_DELAY.toMillis() + "ms";
        context = Routes.start(routes -> {
            for (String account : accounts) {
                routes.from("studio:activity?accountId=" + account + "&serverUrl=" + serverUrl
                        + "&accessToken=" + Subscriptions.TOKEN + "&bodyType=" + bodyType
                        + "&sharedConnection=" + sharedConnection + "&transport=" + transport.name().toLowerCase()
                        + "&heartbeatTimeout=10m&reconnectInitialDelay=" + delay + "&reconnectMaxDelay=" + delay)
                        .process(exchange -> delivery.delivered(
                                exchange.getMessage().getHeader(StudioConstants.SEQUENCE, Long.class)));
            }
        }, pooledExchanges);
    }

    /** Accounts its routes moved to a connection of their own because they were slow, so far. */
    @Override
    public long slowRouteMoves() {
        return context.getRoutes().stream().map(Route::getConsumer).filter(StudioConsumer.class::isInstance)
                .mapToLong(consumer -> ((StudioConsumer) consumer).snapshot().counters().slowRouteMoves()).sum();
    }

    @Override
    public void close() throws Exception {
        if (context != null) {
            context.close();
        }
    }
}
