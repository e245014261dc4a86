package dev.camelstudio.studio.springboot;

import java.time.Duration;

import dev.camelstudio.simulator.StudioSimulator;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OAuth2 client credentials from properties alone: the route names only its account. The secret holds characters
 * that an endpoint URI would need RAW(...) for; from properties it arrives as written.
 */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(classes = {StudioStarterTestApplication.class, SimulatorTlsConfiguration.class,
        StudioStarterClientCredentialsTest.Routes.class})
class StudioStarterClientCredentialsTest {

    @Autowired
    CamelContext camelContext;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        SharedSimulator.clientProperties(SharedSimulator.get(), registry);
    }

    @Test
    void consumesWithClientCredentialsFromProperties() {
        StudioSimulator studio = SharedSimulator.get();
        MockEndpoint activity = camelContext.getEndpoint("mock:client-credentials", MockEndpoint.class);

        studio.publishActivity(SharedSimulator.ACCOUNT, 3);

        // Replay brings what was published before the subscription; live frames what came after.
        await().atMost(Duration.ofSeconds(30)).until(() -> activity.getReceivedCounter() >= 3);
        assertThat(activity.getReceivedExchanges().get(0).getMessage().getBody(String.class)).contains("\"type\"");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        RouteBuilder clientCredentialsRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("studio:activity?accountId=" + SharedSimulator.ACCOUNT).routeId("client-credentials")
                            .to("mock:client-credentials");
                }
            };
        }
    }
}
