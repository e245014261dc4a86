package dev.camelstudio.simulator;

import java.time.Duration;
import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded, offline Studio an application runs on when it has no Studio credentials, as the examples do: the demo
 * simulator ({@link StudioSimulator#demoBuilder()}) on a free loopback port over TLS, generating a steady flow of
 * orders, fills and positions. Point the studio component at it with
 * {@link StudioSimulator#demoComponentProperties()} and bind {@code SimulatorTls.sslContextParameters()} under
 * {@code SimulatorTls.BEAN_NAME}.
 */
public final class DemoStudio {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStudio.class);
    /**
     * The simulator's HTTP server logs through java.util.logging; its start-up lines are noise in an application's
     * log. Held in a field: java.util.logging forgets the level of a logger nobody references.
     */
    private static final java.util.logging.Logger GRIZZLY =
            java.util.logging.Logger.getLogger("org.glassfish.grizzly");

    private DemoStudio() {
    }

    /**
     * Starts the demo simulator and its generator, and logs where it is and how to consume Studio itself instead.
     *
     * @param messagesPerSecondPerAccount the generator's rate
     * @return the running simulator; close it when the application stops
     */
    public static StudioSimulator start(double messagesPerSecondPerAccount) {
        GRIZZLY.setLevel(Level.WARNING);
        StudioSimulator simulator = StudioSimulator.demoBuilder().heartbeatInterval(Duration.ofSeconds(10)).start();
        simulator.startGenerator(messagesPerSecondPerAccount);
        LOG.info("No STUDIO_CLIENT_ID in the environment: running on the embedded Studio simulator at {} ({} "
                + "messages/s per account). Set STUDIO_CLIENT_ID, STUDIO_CLIENT_SECRET and STUDIO_ACCOUNT_ID "
                + "(and STUDIO_ENVIRONMENT=sandbox or production) to consume Studio itself.",
                simulator.webSocketUrl(), messagesPerSecondPerAccount);
        return simulator;
    }
}
