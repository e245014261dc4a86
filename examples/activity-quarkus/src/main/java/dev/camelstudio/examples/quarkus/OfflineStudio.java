package dev.camelstudio.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.camelstudio.simulator.DemoStudio;
import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;

import org.apache.camel.quarkus.main.events.AfterStop;
import org.apache.camel.quarkus.main.events.BeforeConfigure;
import org.eclipse.microprofile.config.Config;

/**
 * The embedded, offline Studio the example runs on when no client id is configured (no {@code STUDIO_CLIENT_ID}): the
 * simulator's {@link DemoStudio}, on a free loopback port with the demo accounts and credentials, generating a steady
 * flow of orders, fills and positions.
 */
@ApplicationScoped
public class OfflineStudio {

    private static final String CLIENT_ID = "camel.component.studio.client-id";

    private StudioSimulator simulator;

    /**
     * Before Camel Main configures the context, so that the component is configured from these properties as it is
     * from application.properties, and before the route's consumer starts, so that it connects at once.
     */
    void startWithoutCredentials(@Observes BeforeConfigure event, Config config) {
        if (config.getOptionalValue(CLIENT_ID, String.class).isPresent()) {
            return;
        }
        simulator = DemoStudio.start(config.getValue("studio.demo.rate", Double.class));
        event.getCamelContext().getRegistry().bind(SimulatorTls.BEAN_NAME, SimulatorTls.sslContextParameters());
        simulator.demoComponentProperties()
                .forEach(event.getCamelContext().getPropertiesComponent()::addOverrideProperty);
    }

    /** After Camel has stopped, so that the consumer's last close reaches a simulator that is still there. */
    void stop(@Observes AfterStop event) {
        if (simulator != null) {
            simulator.close();
        }
    }
}
