package dev.camelstudio.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;

import org.apache.camel.quarkus.main.events.AfterStop;
import org.apache.camel.quarkus.main.events.BeforeConfigure;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The embedded, offline Studio the example runs on when no client id is configured (no {@code STUDIO_CLIENT_ID}): the
 * simulator on a free loopback port with the demo accounts and credentials, generating a steady flow of orders, fills
 * and positions.
 */
@ApplicationScoped
public class DemoStudio {

    private static final Logger LOG = Logger.getLogger(DemoStudio.class);
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
        double rate = config.getValue("studio.demo.rate", Double.class);
        simulator = StudioSimulator.demoBuilder().start();
        simulator.startGenerator(rate);
        event.getCamelContext().getRegistry().bind(SimulatorTls.BEAN_NAME, SimulatorTls.sslContextParameters());
        simulator.demoComponentProperties()
                .forEach(event.getCamelContext().getPropertiesComponent()::addOverrideProperty);
        LOG.infof("No STUDIO_CLIENT_ID in the environment: running on the embedded Studio simulator at %s (%s "
                + "messages/s per account). Set STUDIO_CLIENT_ID, STUDIO_CLIENT_SECRET and STUDIO_ACCOUNT_ID (and "
                + "STUDIO_ENVIRONMENT=sandbox or production) to consume Studio itself.", simulator.webSocketUrl(),
                rate);
    }

    /** After Camel has stopped, so that the consumer's last close reaches a simulator that is still there. */
    void stop(@Observes AfterStop event) {
        if (simulator != null) {
            simulator.close();
        }
    }
}
