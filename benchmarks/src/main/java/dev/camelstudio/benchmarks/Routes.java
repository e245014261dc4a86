package dev.camelstudio.benchmarks;

import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.engine.PooledExchangeFactory;

/**
 * A started CamelContext with the routes a client under test configures, on Camel's default exchange factory or on
 * its pooled one ({@code camel.main.exchangeFactory=pooled}).
 */
final class Routes {

    private Routes() {
    }

    static CamelContext start(Consumer<RouteBuilder> routes) throws Exception {
        return start(routes, false);
    }

    static CamelContext start(Consumer<RouteBuilder> routes, boolean pooledExchanges) throws Exception {
        CamelContext context = new DefaultCamelContext();
        if (pooledExchanges) {
            context.getCamelContextExtension().setExchangeFactory(new PooledExchangeFactory());
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                routes.accept(this);
            }
        });
        context.start();
        return context;
    }
}
