package dev.camelstudio.examples.yaml;

import java.time.Duration;
import java.util.logging.Level;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;

import org.apache.camel.main.Main;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded, offline Studio the example runs on by default: the simulator on a free loopback port with the demo
 * accounts and credentials, generating a steady flow of orders, fills and positions.
 */
final class DemoStudio implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStudio.class);
    /**
     * The simulator's HTTP server logs through java.util.logging; its start-up lines are noise here. Held in a field:
     * java.util.logging forgets the level of a logger nobody references.
     */
    private static final java.util.logging.Logger GRIZZLY =
            java.util.logging.Logger.getLogger("org.glassfish.grizzly");

    private final StudioSimulator simulator;

    private DemoStudio(StudioSimulator simulator) {
        this.simulator = simulator;
    }

    static DemoStudio start(double messagesPerSecondPerAccount) {
        GRIZZLY.setLevel(Level.WARNING);
        StudioSimulator simulator = StudioSimulator.demoBuilder().heartbeatInterval(Duration.ofSeconds(10)).start();
        simulator.startGenerator(messagesPerSecondPerAccount);
        LOG.info("No STUDIO_CLIENT_ID in the environment: running on the embedded Studio simulator at {} ({} "
                + "messages/s per account). Set STUDIO_CLIENT_ID, STUDIO_CLIENT_SECRET and STUDIO_ACCOUNT_ID "
                + "(and STUDIO_ENVIRONMENT=sandbox or production) to consume Studio itself.",
                simulator.webSocketUrl(), messagesPerSecondPerAccount);
        return new DemoStudio(simulator);
    }

    /** Points the studio component at the simulator: its URLs, its demo client, and trust in its certificate. */
    void configure(Main main) {
        main.bind(SimulatorTls.BEAN_NAME, SimulatorTls.sslContextParameters());
        simulator.demoComponentProperties().forEach(main::addOverrideProperty);
    }

    StudioSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
