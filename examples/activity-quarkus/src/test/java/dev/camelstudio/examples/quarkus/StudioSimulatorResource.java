package dev.camelstudio.examples.quarkus;

import java.util.Map;

import dev.camelstudio.simulator.StudioSimulator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the Studio simulator (TLS, a free loopback port, the demo accounts and client) before the application, and
 * gives the application its {@code camel.component.studio.*} properties as configuration that wins over
 * application.properties: the component is configured from configuration, as a real deployment's is.
 */
public class StudioSimulatorResource implements QuarkusTestResourceLifecycleManager {

    /** Fast enough for the test to see many messages in a few seconds. */
    private static final double MESSAGES_PER_SECOND = 50;

    private StudioSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = StudioSimulator.demoBuilder().start();
        simulator.startGenerator(MESSAGES_PER_SECOND);
        return simulator.demoComponentProperties();
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
