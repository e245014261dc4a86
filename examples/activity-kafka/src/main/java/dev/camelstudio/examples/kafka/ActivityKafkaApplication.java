package dev.camelstudio.examples.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.simulator.DemoStudio;
import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;

import org.apache.camel.main.Main;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the YAML route of {@code camel/studio-activity-kafka.camel.yaml} under Camel Main: every Studio message to a
 * Kafka topic. With {@code STUDIO_CLIENT_ID} and {@code STUDIO_CLIENT_SECRET} in the environment it consumes Studio
 * itself, else the embedded simulator with a steady demo order flow; with {@code KAFKA_BOOTSTRAP_SERVERS} it sends to
 * that cluster, else to a Kafka broker embedded in this JVM. So that it runs with no account, no cluster and no
 * network.
 */
public final class ActivityKafkaApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityKafkaApplication.class);
    /** Longer than Camel's own shutdown timeout (45 s), so that Camel gives up first. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Main main = new Main(ActivityKafkaApplication.class);
    /** The embedded Studio, or null when the example consumes the real one. */
    private final StudioSimulator demo;
    /** The embedded broker, or null when the example sends to KAFKA_BOOTSTRAP_SERVERS. */
    private final EmbeddedKafka kafka;
    /** The embedded Studio's positions, a new file each run (its day starts afresh), or null. */
    private final Path demoPositions;

    /**
     * @param environment where the credentials and settings come from ({@link System#getenv()} when run)
     * @param overrides   properties that win over {@code application.properties} (tests use them)
     */
    ActivityKafkaApplication(Map<String, String> environment, Properties overrides) {
        String clientId = environment.get("STUDIO_CLIENT_ID");
        if (clientId == null || clientId.isBlank()) {
            demo = DemoStudio.start(Double.parseDouble(environment.getOrDefault("DEMO_RATE", "5")));
            main.bind(SimulatorTls.BEAN_NAME, SimulatorTls.sslContextParameters());
            demo.demoComponentProperties().forEach(main::addOverrideProperty);
            demoPositions = temporaryFile("studio-positions");
            main.addOverrideProperty("positions.file", demoPositions.toString());
        } else {
            demo = null;
            demoPositions = null;
        }
        String bootstrapServers = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            kafka = EmbeddedKafka.start();
            LOG.info("No KAFKA_BOOTSTRAP_SERVERS in the environment: sending to an embedded Kafka broker at {}. Read "
                    + "it with any Kafka client while the example runs, or set KAFKA_BOOTSTRAP_SERVERS to send to "
                    + "your cluster.", kafka.bootstrapServers());
            main.addOverrideProperty("camel.component.kafka.brokers", kafka.bootstrapServers());
        } else {
            kafka = null;
        }
        overrides.forEach((key, value) -> main.addOverrideProperty((String) key, (String) value));
    }

    public static void main(String[] args) throws Exception {
        // Camel Main's shutdown hook (Ctrl+C, SIGTERM) only tells this thread to stop, and the JVM ends when the hooks
        // have: this one holds it until Camel has stopped and the broker and simulator closed, so that all is logged.
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitStop(finished), "example-shutdown"));
        try (ActivityKafkaApplication application = new ActivityKafkaApplication(System.getenv(), new Properties())) {
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

    private static Path temporaryFile(String prefix) {
        try {
            Path file = Files.createTempFile(prefix, ".dat");
            // FileStateRepository starts from an empty store when its file is missing.
            Files.delete(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Camel Main, for tests that start and stop it without blocking. */
    Main main() {
        return main;
    }

    /** The embedded broker, or null. */
    EmbeddedKafka kafka() {
        return kafka;
    }

    @Override
    public void close() throws IOException {
        if (kafka != null) {
            kafka.close();
        }
        if (demo != null) {
            demo.close();
            Files.deleteIfExists(demoPositions);
        }
    }
}
