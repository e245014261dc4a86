package dev.camelstudio.studio.springboot;

import dev.camelstudio.studio.StudioComponent;
import dev.camelstudio.studio.StudioConfiguration;

import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code configuration} bean keeps its own values: the starter applies only the options set, after the bean, and
 * never copies of the defaults over it.
 */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(classes = {StudioStarterTestApplication.class, StudioStarterConfigurationBeanTest.Beans.class},
        properties = {
                "camel.component.studio.configuration=#bean:studioDefaults",
                "camel.component.studio.max-reconnect-attempts=3",
        })
class StudioStarterConfigurationBeanTest {

    @Autowired
    CamelContext camelContext;

    @Test
    void theBeanIsRefinedNotOverwritten() {
        StudioConfiguration configuration = camelContext.getComponent("studio", StudioComponent.class)
                .getConfiguration();

        assertThat(configuration.getHeartbeatTimeout()).as("from the bean, not the 30s default").isEqualTo(40_000L);
        assertThat(configuration.getAudience()).isEqualTo("https://audience.example");
        assertThat(configuration.getMaxReconnectAttempts()).as("from the property").isEqualTo(3);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        StudioConfiguration studioDefaults() {
            StudioConfiguration configuration = new StudioConfiguration();
            configuration.setHeartbeatTimeout(40_000L);
            configuration.setAudience("https://audience.example");
            return configuration;
        }
    }
}
