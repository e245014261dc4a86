package dev.camelstudio.examples.springboot;

import java.time.Duration;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code studio.simulator.enabled=false} the application is configured by {@code application.yaml} alone: no demo
 * simulator, and the credentials and account come from the {@code STUDIO_*} variables. Here those are properties (the
 * placeholders resolve them the same way), and a simulator owned by the test stands in for Studio; only its address
 * and trust are set beside them, where a real deployment has {@code STUDIO_ENVIRONMENT}.
 */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        classes = {ActivitySpringBootApplication.class, ActivitySpringBootStudioTest.StandInStudio.class},
        properties = {
                "STUDIO_DEMO_ENABLED=false",
                "STUDIO_CLIENT_ID=" + ActivitySpringBootStudioTest.CLIENT_ID,
                "STUDIO_CLIENT_SECRET=" + ActivitySpringBootStudioTest.CLIENT_SECRET,
                "STUDIO_ACCOUNT_ID=" + ActivitySpringBootStudioTest.ACCOUNT,
                "camel.component.studio.ssl-context-parameters=#bean:" + SimulatorTls.BEAN_NAME,
        })
class ActivitySpringBootStudioTest {

    static final String ACCOUNT = "200000";
    static final String CLIENT_ID = "studio-client";
    static final String CLIENT_SECRET = "not-the-demo-secret";

    private static final StudioSimulator STUDIO = StudioSimulator.builder()
            .account(ACCOUNT, "ACC2000")
            .client(CLIENT_ID, CLIENT_SECRET, ACCOUNT)
            .start();

    @Autowired
    ObjectProvider<StudioSimulator> demoStudio;

    @Autowired
    ConnectionFactory connectionFactory;

    @DynamicPropertySource
    static void studio(DynamicPropertyRegistry registry) {
        registry.add("camel.component.studio.server-url", () -> STUDIO.webSocketUrl().toString());
        registry.add("camel.component.studio.token-url", () -> STUDIO.tokenUrl().toString());
    }

    @Test
    void consumesTheConfiguredStudioWithTheEnvironmentsCredentials() throws Exception {
        assertThat(demoStudio.getIfAvailable()).as("the demo simulator").isNull();

        STUDIO.publishActivity(ACCOUNT, 40);

        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(Duration.ofSeconds(30).toMillis());
        Message message = jms.receive("studio.fills");
        assertThat(message).as("a fill on the queue").isNotNull();
        JsonNode fill = new ObjectMapper().readTree(((TextMessage) message).getText());
        assertThat(fill.at("/payload/type").asText()).isEqualTo("trade-notice");
        assertThat(fill.at("/payload/data/account_id").asText()).isEqualTo(ACCOUNT);
    }

    /** The stand-in Studio's trust, and its closing with the context (after Camel has stopped, not before). */
    @TestConfiguration(proxyBeanMethods = false)
    static class StandInStudio {
        @Bean(SimulatorTls.BEAN_NAME)
        SSLContextParameters studioSimulatorTls() {
            return SimulatorTls.sslContextParameters();
        }

        @Bean
        AutoCloseable closeStandInStudio() {
            return STUDIO::close;
        }
    }
}
