package dev.camelstudio.studio.readme;

import java.util.Properties;

import dev.camelstudio.simulator.junit.StudioSimulatorExtension;

import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The application's route as Camel Main runs it, on the simulator instead of Studio. */
class OrdersRouteTest extends CamelMainTestSupport {

    // Plain ws:// on the loopback interface (the component allows it there only): no trust store to set up.
    @RegisterExtension
    static StudioSimulatorExtension studio = StudioSimulatorExtension.create(builder -> builder.tls(false)
            .account("100000", "ACC0001")
            .client("test-client", "test-secret", "100000"));

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.putAll(studio.simulator().componentProperties("test-client"));
        properties.put("orders.uri", "mock:orders");
        return properties;
    }

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        configuration.addRoutesBuilder(OrdersRoute.class);
    }

    @Test
    void deliversOrderUpdates() throws Exception {
        MockEndpoint orders = getMockEndpoint("mock:orders");
        orders.expectedMinimumMessageCount(1);
        studio.simulator().publishActivity("100000", 20);
        orders.assertIsSatisfied(10_000);
    }
}
