package dev.camelstudio.studio.readme;

import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MyRouteTest extends CamelTestSupport {

    @RegisterExtension
    static StudioSimulatorExtension studio = StudioSimulatorExtension.create(builder -> builder
            .account("100000", "ACC0001")
            .client("test-client", "test-secret", "100000"));

    @Override
    protected void bindToRegistry(Registry registry) {
        SimulatorTls.bindTo(registry); // trust the simulator's certificate as #studioSimulatorTls
    }

    @Test
    void routesOrders() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio.simulator().endpointUri("100000")).to("mock:out");
            }
        });
        studio.simulator().publishActivity("100000", 10); // realistic orders, fills, positions
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(10);
        out.assertIsSatisfied(10_000);
    }
}
