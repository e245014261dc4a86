package dev.camelstudio.benchmarks;

import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** A started CamelContext with the routes a client under test configures. */
final class Routes {

    private Routes() {
    }

    static CamelContext start(Consumer<RouteBuilder> routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
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
