package dev.camelstudio.studio.springboot;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.StudioSimulatorMain;
import dev.camelstudio.studio.StudioComponent;
import dev.camelstudio.studio.StudioConfiguration;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** studio.simulator.enabled=true: the simulator runs in the application, and the component is pointed at it. */
class StudioSimulatorAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, StudioComponentConverter.class,
                    StudioComponentAutoConfiguration.class, StudioSimulatorAutoConfiguration.class))
            .withPropertyValues("camel.main.routes-include-pattern=classpath:no-yaml-routes/*");

    @Test
    void offUnlessEnabled() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(StudioSimulator.class));
    }

    @Test
    void pointsTheComponentAtTheSimulatorOverWhatThePropertiesSay() {
        runner.withPropertyValues("studio.simulator.enabled=true",
                "camel.component.studio.server-url=wss://studio.example.invalid/ws",
                "camel.component.studio.client-id=someone", "camel.component.studio.client-secret=something")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(StudioSimulator.class);
                    StudioSimulator simulator = context.getBean(StudioSimulator.class);
                    StudioConfiguration configuration = context.getBean(CamelContext.class)
                            .getComponent("studio", StudioComponent.class).getConfiguration();
                    assertThat(configuration.getServerUrl()).isEqualTo(simulator.webSocketUrl().toString());
                    assertThat(configuration.getTokenUrl()).isEqualTo(simulator.tokenUrl().toString());
                    assertThat(configuration.getClientId()).isEqualTo(StudioSimulatorMain.DEMO_CLIENT_ID);
                    assertThat(configuration.getSslContextParameters()).isNotNull();
                });
    }
}
