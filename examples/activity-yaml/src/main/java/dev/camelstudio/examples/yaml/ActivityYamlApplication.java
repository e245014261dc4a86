package dev.camelstudio.examples.yaml;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.simulator.DemoStudio;
import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;

import org.apache.camel.main.Main;

/**
 * Runs the YAML route of {@code camel/studio-activity.camel.yaml} under Camel Main. With {@code STUDIO_CLIENT_ID} and
 * {@code STUDIO_CLIENT_SECRET} in the environment it consumes Studio itself ({@code STUDIO_ENVIRONMENT}: sandbox, the
 * default, or production; {@code STUDIO_ACCOUNT_ID}); without them it starts the embedded simulator with a steady demo
 * order flow, so that it runs with no account and no network.
 */
public final class ActivityYamlApplication implements AutoCloseable {

    /** Longer than Camel's own shutdown timeout (45 s), so that Camel gives up first. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Main main = new Main(ActivityYamlApplication.class);
    /** The embedded Studio, or null when the example consumes the real one. */
    private final StudioSimulator demo;

    /**
     * @param environment where the credentials and settings come from ({@link System#getenv()} when run)
     * @param overrides   properties that win over {@code application.properties} (tests use them)
     */
    ActivityYamlApplication(Map<String, String> environment, Properties overrides) {
        String clientId = environment.get("STUDIO_CLIENT_ID");
        if (clientId == null || clientId.isBlank()) {
            demo = DemoStudio.start(Double.parseDouble(environment.getOrDefault("DEMO_RATE", "5")));
            main.bind(SimulatorTls.BEAN_NAME, SimulatorTls.sslContextParameters());
            demo.demoComponentProperties().forEach(main::addOverrideProperty);
        } else {
            demo = null;
        }
        overrides.forEach((key, value) -> main.addOverrideProperty((String) key, (String) value));
    }

    public static void main(String[] args) throws Exception {
        // Camel Main's shutdown hook (Ctrl+C, SIGTERM) only tells this thread to stop, and the JVM ends when the hooks
        // have: this one holds it until Camel has stopped and the simulator closed, so that both are logged.
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitStop(finished), "example-shutdown"));
        try (ActivityYamlApplication application = new ActivityYamlApplication(System.getenv(), new Properties())) {
            application.main.run(args);
        } finally {
            finished.countDown();
        }
    }

    private static void awaitStop(CountDownLatch finished) {
        try {
            finished.await(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Camel Main, for tests that start and stop it without blocking. */
    Main main() {
        return main;
    }

    /** The embedded Studio, or null. */
    StudioSimulator simulator() {
        return demo;
    }

    @Override
    public void close() {
        if (demo != null) {
            demo.close();
        }
    }
}
