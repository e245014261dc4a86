package dev.camelstudio.studio.springboot;

import java.time.Duration;

import dev.camelstudio.simulator.StudioSimulator;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Actuator's health shows the consumer's readiness check through camel-spring-boot's {@code camelHealth}
 * contributor: UP once subscribed, DOWN once Studio is gone for longer than the grace period (heartbeatTimeout).
 * This class has a simulator of its own, since it closes it.
 */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(classes = {StudioStarterTestApplication.class, SimulatorTlsConfiguration.class,
        StudioStarterHealthTest.Routes.class},
        properties = {
                "camel.health.exposure-level=full",
                "management.endpoint.health.show-details=always",
                "camel.component.studio.heartbeat-timeout=2s",
                "camel.component.studio.reconnect-initial-delay=100ms",
                "camel.component.studio.reconnect-max-delay=500ms",
        })
class StudioStarterHealthTest {

    private static final String ROUTE_ID = "health-route";
    // camel-spring-boot names each check's detail by its group kind and route.
    private static final String CHECK = "consumer:" + ROUTE_ID;

    // Heartbeats well inside the 2 s heartbeatTimeout, so that a quiet but healthy connection stays live.
    private static final StudioSimulator STUDIO = StudioSimulator.builder()
            .account(SharedSimulator.ACCOUNT, "ACC0001")
            .client(SharedSimulator.CLIENT_ID, SharedSimulator.CLIENT_SECRET, SharedSimulator.ACCOUNT)
            .heartbeatInterval(Duration.ofMillis(300))
            .start();

    @Autowired
    HealthEndpoint healthEndpoint;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        SharedSimulator.clientProperties(STUDIO, registry);
    }

    @AfterAll
    static void closeSimulator() {
        STUDIO.close();
    }

    @Test
    void upOnceSubscribedDownWhenStudioIsGone() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Health health = camelHealth();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry(CHECK, "UP");
        });

        STUDIO.close();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Health health = camelHealth();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry(CHECK, "DOWN");
        });
        assertThat(healthEndpoint.health().getStatus()).isEqualTo(Status.DOWN);
        String details = camelHealth().getDetails().toString();
        assertThat(details).contains("last.error").doesNotContain(SharedSimulator.CLIENT_SECRET);
    }

    private Health camelHealth() {
        HealthComponent component = healthEndpoint.healthForPath("camelHealth");
        assertThat(component).as("the camelHealth contributor").isInstanceOf(Health.class);
        return (Health) component;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        RouteBuilder healthRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("studio:activity?accountId=" + SharedSimulator.ACCOUNT).routeId(ROUTE_ID)
                            .to("log:health?level=DEBUG");
                }
            };
        }
    }
}
