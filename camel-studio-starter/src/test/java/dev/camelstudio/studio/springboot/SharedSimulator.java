package dev.camelstudio.studio.springboot;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One TLS simulator on the loopback interface for the test classes that only need one running: started on first use
 * and left running until the test JVM ends, so that no Spring context (they are closed after their class) ever talks
 * to a simulator that is already gone.
 */
final class SharedSimulator {

    static final String ACCOUNT = "100000";
    static final String CLIENT_ID = "starter-client";
    // Characters an endpoint URI would mangle: from properties they must arrive as written.
    static final String CLIENT_SECRET = "s3cr&t+%2B=/ value";

    private static StudioSimulator simulator;

    private SharedSimulator() {
    }

    static synchronized StudioSimulator get() {
        if (simulator == null) {
            simulator = StudioSimulator.builder()
                    .account(ACCOUNT, "ACC0001")
                    .client(CLIENT_ID, CLIENT_SECRET, ACCOUNT)
                    .start();
        }
        return simulator;
    }

    /** The server, token endpoint and TLS trust of {@code studio}, as an application would set them. */
    static void connectionProperties(StudioSimulator studio, DynamicPropertyRegistry registry) {
        registry.add("camel.component.studio.server-url", () -> studio.webSocketUrl().toString());
        registry.add("camel.component.studio.token-url", () -> studio.tokenUrl().toString());
        registry.add("camel.component.studio.ssl-context-parameters", () -> "#bean:" + SimulatorTls.BEAN_NAME);
    }

    /** {@link #connectionProperties} plus the OAuth2 client credentials. */
    static void clientProperties(StudioSimulator studio, DynamicPropertyRegistry registry) {
        connectionProperties(studio, registry);
        registry.add("camel.component.studio.client-id", () -> CLIENT_ID);
        registry.add("camel.component.studio.client-secret", () -> CLIENT_SECRET);
    }
}
