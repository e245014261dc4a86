package dev.camelstudio.examples.ha;

import java.time.Duration;
import java.util.Properties;
import java.util.logging.Level;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;

import org.apache.camel.main.Main;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded, offline Studio both instances consume by default: the simulator with its demo accounts and flow. */
final class DemoStudio implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStudio.class);
    /** Held in a field: java.util.logging forgets the level of a logger nobody references. */
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
        LOG.info("No STUDIO_CLIENT_ID in the environment: both instances consume the embedded Studio simulator at {}",
                simulator.webSocketUrl());
        return new DemoStudio(simulator);
    }

    /** The studio component's options that point it at the simulator. */
    Properties properties() {
        Properties properties = new Properties();
        properties.putAll(simulator.demoComponentProperties());
        return properties;
    }

    /** Trust in the simulator's certificate, for an instance. */
    void bindTo(Main main) {
        main.bind(SimulatorTls.BEAN_NAME, SimulatorTls.sslContextParameters());
    }

    StudioSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
