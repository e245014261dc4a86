package dev.camelstudio.benchmarks;

import java.util.List;

import dev.camelstudio.studio.StudioConstants;

import org.apache.camel.CamelContext;

/** camel-studio: one {@code studio:activity} route per account into a no-op processor. */
final class StudioClient implements BenchClient {

    private final String bodyType;
    private final boolean sharedConnection;
    private CamelContext context;

    StudioClient(String bodyType, boolean sharedConnection) {
        this.bodyType = bodyType;
        this.sharedConnection = sharedConnection;
    }

    @Override
    public String name() {
        return "camel-studio bodyType=" + bodyType + ", " + (sharedConnection ? "shared" : "own") + " connection";
    }

    @Override
    public void start(String serverUrl, List<String> accounts, Delivery delivery) throws Exception {
        context = Routes.start(routes -> {
            for (String account : accounts) {
                routes.from("studio:activity?accountId=" + account + "&serverUrl=" + serverUrl
                        + "&accessToken=" + Subscriptions.TOKEN + "&bodyType=" + bodyType
                        + "&sharedConnection=" + sharedConnection
                        + "&heartbeatTimeout=10m&reconnectInitialDelay=100ms&reconnectMaxDelay=100ms")
                        .process(exchange -> delivery.delivered(
                                exchange.getMessage().getHeader(StudioConstants.SEQUENCE, Long.class)));
            }
        });
    }

    @Override
    public void close() throws Exception {
        if (context != null) {
            context.close();
        }
    }
}
