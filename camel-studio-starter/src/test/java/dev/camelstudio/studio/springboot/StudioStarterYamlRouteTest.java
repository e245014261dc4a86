package dev.camelstudio.studio.springboot;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The YAML route in {@code classpath:camel/}, picked up by camel-yaml-dsl-starter, starts and receives activity. */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(classes = {StudioStarterTestApplication.class, SimulatorTlsConfiguration.class}, properties = {
        "camel.main.routes-include-pattern=classpath:camel/*.camel.yaml",
        "studio.account-id=" + SharedSimulator.ACCOUNT,
})
class StudioStarterYamlRouteTest {

    @Autowired
    CamelContext camelContext;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        SharedSimulator.clientProperties(SharedSimulator.get(), registry);
    }

    @Test
    void theYamlRouteReceivesActivity() {
        MockEndpoint activity = camelContext.getEndpoint("mock:yaml-activity", MockEndpoint.class);

        SharedSimulator.get().publishActivity(SharedSimulator.ACCOUNT, 2);

        assertThat(camelContext.getRouteController().getRouteStatus("studio-yaml")).isEqualTo(ServiceStatus.Started);
        await().atMost(Duration.ofSeconds(30)).until(() -> activity.getReceivedCounter() >= 2);
        // bodyType: map from the route's parameters, on top of the component's properties.
        assertThat(activity.getReceivedExchanges().get(0).getMessage().getBody()).isInstanceOf(Map.class);
    }
}
