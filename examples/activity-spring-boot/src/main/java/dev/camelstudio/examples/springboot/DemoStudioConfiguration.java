package dev.camelstudio.examples.springboot;

import java.time.Duration;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.StudioSimulatorMain;
import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.studio.StudioComponent;
import dev.camelstudio.studio.StudioConfiguration;

import org.apache.camel.Ordered;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo harness, on unless {@code studio.demo.enabled=false}: the embedded, offline Studio simulator (demo accounts
 * and credentials, a steady flow of orders, fills and positions) and the component pointed at it. Without it the
 * example is configured by {@code application.yaml} alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "studio.demo.enabled", havingValue = "true", matchIfMissing = true)
public class DemoStudioConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStudioConfiguration.class);

    /** Started with the context, closed with it (after Camel has stopped, since Camel's customizer depends on it). */
    @Bean(destroyMethod = "close")
    public StudioSimulator demoStudio(@Value("${studio.demo.rate:5}") double messagesPerSecondPerAccount) {
        StudioSimulator simulator = StudioSimulator.demoBuilder().heartbeatInterval(Duration.ofSeconds(10)).start();
        simulator.startGenerator(messagesPerSecondPerAccount);
        LOG.info("studio.demo.enabled: running on the embedded Studio simulator at {} ({} messages/s per account). "
                + "Set STUDIO_DEMO_ENABLED=false, STUDIO_CLIENT_ID, STUDIO_CLIENT_SECRET and STUDIO_ACCOUNT_ID (and "
                + "STUDIO_ENVIRONMENT=sandbox or production) to consume Studio itself.",
                simulator.webSocketUrl(), messagesPerSecondPerAccount);
        return simulator;
    }

    /**
     * Points the studio component at the simulator: its URLs, its demo client, and trust in its certificate. Ordered
     * last, after the starter's customizer (order 0) has applied {@code camel.component.studio.*}, so that these
     * win over the empty credentials {@code application.yaml} has when no Studio ones are in the environment.
     */
    @Bean
    public ComponentCustomizer demoStudioCustomizer(StudioSimulator demoStudio) {
        return ComponentCustomizer.builder(StudioComponent.class)
                .withOrder(Ordered.LOWEST)
                .build(component -> {
                    StudioConfiguration configuration = component.getConfiguration();
                    configuration.setServerUrl(demoStudio.webSocketUrl().toString());
                    configuration.setTokenUrl(demoStudio.tokenUrl().toString());
                    configuration.setClientId(StudioSimulatorMain.DEMO_CLIENT_ID);
                    configuration.setClientSecret(StudioSimulatorMain.DEMO_CLIENT_SECRET);
                    configuration.setSslContextParameters(SimulatorTls.sslContextParameters());
                });
    }
}
