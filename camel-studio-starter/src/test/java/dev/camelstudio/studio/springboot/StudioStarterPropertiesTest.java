package dev.camelstudio.studio.springboot;

import java.util.Map;

import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.studio.GapHandling;
import dev.camelstudio.studio.StudioBodyType;
import dev.camelstudio.studio.StudioComponent;
import dev.camelstudio.studio.StudioConfiguration;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of option, written in application properties, reaches the component Camel creates. */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(classes = {StudioStarterTestApplication.class, SimulatorTlsConfiguration.class}, properties = {
        "camel.component.studio.server-url=wss://127.0.0.1:9/studio/v2/ws", // string
        "camel.component.studio.max-reconnect-attempts=7", // int
        "camel.component.studio.shared-delivery-threads=2", // int, on the component itself
        "camel.component.studio.include-control-messages=true", // boolean
        "camel.component.studio.heartbeat-timeout=45s", // Duration, Spring's unit form
        "camel.component.studio.connect-timeout=PT1M30S", // Duration, ISO-8601
        "camel.component.studio.subscribe-timeout=2500", // Duration, bare milliseconds
        "camel.component.studio.body-type=map", // enum, lower case
        "camel.component.studio.gap-handling=WARN", // enum, upper case
        "camel.component.studio.ssl-context-parameters=#bean:" + SimulatorTls.BEAN_NAME, // bean reference
})
class StudioStarterPropertiesTest {

    @Autowired
    CamelContext camelContext;

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void propertiesReachTheComponent() {
        StudioComponent component = camelContext.getComponent("studio", StudioComponent.class);
        StudioConfiguration configuration = component.getConfiguration();

        assertThat(configuration.getServerUrl()).isEqualTo("wss://127.0.0.1:9/studio/v2/ws");
        assertThat(configuration.getMaxReconnectAttempts()).isEqualTo(7);
        assertThat(component.getSharedDeliveryThreads()).isEqualTo(2);
        assertThat(configuration.isIncludeControlMessages()).isTrue();
        assertThat(configuration.getHeartbeatTimeout()).isEqualTo(45_000L);
        assertThat(configuration.getConnectTimeout()).isEqualTo(90_000L);
        assertThat(configuration.getSubscribeTimeout()).isEqualTo(2_500L);
        assertThat(configuration.getBodyType()).isEqualTo(StudioBodyType.MAP);
        assertThat(configuration.getGapHandling()).isEqualTo(GapHandling.WARN);
        assertThat(configuration.getSslContextParameters())
                .isSameAs(applicationContext.getBean(SimulatorTls.BEAN_NAME, SSLContextParameters.class));
    }

    @Test
    void unsetOptionsKeepTheComponentDefaults() {
        StudioConfiguration configuration = camelContext.getComponent("studio", StudioComponent.class)
                .getConfiguration();
        StudioConfiguration defaults = new StudioConfiguration();

        assertThat(configuration.getReconnectInitialDelay()).isEqualTo(defaults.getReconnectInitialDelay());
        assertThat(configuration.getTokenUrl()).isEqualTo(defaults.getTokenUrl());
        assertThat(configuration.getStartFrom()).isEqualTo(defaults.getStartFrom());
        assertThat(configuration.isSharedConnection()).isEqualTo(defaults.isSharedConnection());
        assertThat(configuration.getClientSecret()).isNull();
    }

    @Test
    void oneCustomizerIsRegistered() {
        Map<String, ComponentCustomizer> customizers = applicationContext.getBeansOfType(ComponentCustomizer.class);
        assertThat(customizers).containsKey("configureStudioComponent");
    }
}
