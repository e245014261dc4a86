package dev.camelstudio.studio.springboot;

import java.time.Duration;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.StudioSimulatorMain;
import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.studio.StudioComponent;
import dev.camelstudio.studio.StudioConfiguration;

import org.apache.camel.Ordered;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Studio simulator, with {@code studio.simulator.enabled=true} and camel-studio-simulator on the
 * classpath: it starts with the application and stops after Camel, and the studio component is pointed at it (its
 * URLs, its demo client, trust in its certificate). An application then runs offline as it is, and a
 * {@code @SpringBootTest} tests it with one property; the {@link StudioSimulator} bean publishes activity and injects
 * faults.
 */
@AutoConfiguration(after = StudioComponentAutoConfiguration.class)
@ConditionalOnClass(StudioSimulator.class)
@ConditionalOnProperty(name = "studio.simulator.enabled", havingValue = "true")
@EnableConfigurationProperties(StudioSimulatorProperties.class)
public class StudioSimulatorAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StudioSimulatorAutoConfiguration.class);

    /** Made by Spring when {@code studio.simulator.enabled=true}. */
    public StudioSimulatorAutoConfiguration() {
    }

    /**
     * The simulator, with the demo accounts and client; closed with the application context, after Camel, whose
     * component customizer depends on it.
     *
     * @param properties how busy the simulator is
     * @return the running simulator
     */
    @Bean(destroyMethod = "close")
    public StudioSimulator studioSimulator(StudioSimulatorProperties properties) {
        StudioSimulator simulator = StudioSimulator.demoBuilder().heartbeatInterval(Duration.ofSeconds(10)).start();
        if (properties.getRate() > 0) {
            simulator.startGenerator(properties.getRate());
        }
        LOG.info("studio.simulator.enabled: the studio component runs on the embedded Studio simulator at {} "
                + "(accounts {}, {} messages per second per account)", simulator.webSocketUrl(),
                String.join(", ", StudioSimulatorMain.DEMO_ACCOUNTS), properties.getRate());
        return simulator;
    }

    /**
     * Points the studio component at the simulator. Ordered last, after the starter's customizer has applied
     * {@code camel.component.studio.*}, so that the simulator wins over the server, credentials and TLS set there.
     *
     * @param studioSimulator the simulator
     * @return the customizer
     */
    @Bean
    public ComponentCustomizer studioSimulatorCustomizer(StudioSimulator studioSimulator) {
        return ComponentCustomizer.builder(StudioComponent.class)
                .withOrder(Ordered.LOWEST)
                .build(component -> {
                    StudioConfiguration configuration = component.getConfiguration();
                    configuration.setServerUrl(studioSimulator.webSocketUrl().toString());
                    configuration.setTokenUrl(studioSimulator.tokenUrl().toString());
                    configuration.setClientId(StudioSimulatorMain.DEMO_CLIENT_ID);
                    configuration.setClientSecret(StudioSimulatorMain.DEMO_CLIENT_SECRET);
                    configuration.setAccessToken(null);
                    configuration.setTokenProvider(null);
                    configuration.setSslContextParameters(SimulatorTls.sslContextParameters());
                });
    }
}
