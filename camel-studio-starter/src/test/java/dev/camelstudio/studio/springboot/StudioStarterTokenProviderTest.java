package dev.camelstudio.studio.springboot;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.studio.StudioComponent;
import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioTokenProvider;

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
 * The application's one {@link StudioTokenProvider} bean is used with no property naming it: Camel autowires the
 * component's {@code tokenProvider} option from the Spring context. No client credentials are configured.
 */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(classes = {StudioStarterTestApplication.class, SimulatorTlsConfiguration.class,
        StudioStarterTokenProviderTest.Beans.class})
class StudioStarterTokenProviderTest {

    @Autowired
    CamelContext camelContext;

    @Autowired
    CountingTokenProvider tokenProvider;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        SharedSimulator.connectionProperties(SharedSimulator.get(), registry);
    }

    @Test
    void theTokenProviderBeanIsAutowired() {
        MockEndpoint activity = camelContext.getEndpoint("mock:token-provider", MockEndpoint.class);

        SharedSimulator.get().publishActivity(SharedSimulator.ACCOUNT, 2);

        await().atMost(Duration.ofSeconds(30)).until(() -> activity.getReceivedCounter() >= 2);
        assertThat(tokenProvider.calls()).isPositive();
        assertThat(camelContext.getComponent("studio", StudioComponent.class).getConfiguration().getTokenProvider())
                .isSameAs(tokenProvider);
    }

    /** Tokens issued by the simulator for its registered client, counted. */
    static final class CountingTokenProvider implements StudioTokenProvider {
        private final StudioSimulator studio;
        private final AtomicInteger calls = new AtomicInteger();

        CountingTokenProvider(StudioSimulator studio) {
            this.studio = studio;
        }

        @Override
        public AccessToken token() {
            calls.incrementAndGet();
            String token = studio.issueToken(SharedSimulator.CLIENT_ID);
            return new AccessToken(token, Instant.now().plus(Duration.ofHours(1)));
        }

        int calls() {
            return calls.get();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        CountingTokenProvider studioTokenProvider() {
            return new CountingTokenProvider(SharedSimulator.get());
        }

        @Bean
        RouteBuilder tokenProviderRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("studio:activity?accountId=" + SharedSimulator.ACCOUNT).routeId("token-provider")
                            .to("mock:token-provider");
                }
            };
        }
    }
}
