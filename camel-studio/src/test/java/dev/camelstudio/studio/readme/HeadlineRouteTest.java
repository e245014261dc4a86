package dev.camelstudio.studio.readme;

import java.util.Properties;

import dev.camelstudio.simulator.junit.StudioSimulatorExtension;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's opening route, run: to a mock in place of Kafka (there is no broker here). */
class HeadlineRouteTest extends CamelMainTestSupport {

    @RegisterExtension
    static StudioSimulatorExtension studio = StudioSimulatorExtension.create(builder -> builder.tls(false)
            .account("100000", "ACC0001")
            .client("test-client", "test-secret", "100000"));

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.putAll(studio.simulator().componentProperties("test-client"));
        return properties;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("kafka", new MockComponent());
    }

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        configuration.addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("studio:activity?accountId={{studio.account-id}}")
                        .to("kafka:studio-activity");
            }
        });
    }

    @Test
    void sendsEveryMessageOn() throws Exception {
        MockEndpoint kafka = getMockEndpoint("kafka:studio-activity");
        kafka.expectedMessageCount(5);
        studio.simulator().publishActivity("100000", 5);
        kafka.assertIsSatisfied(10_000);
    }
}
