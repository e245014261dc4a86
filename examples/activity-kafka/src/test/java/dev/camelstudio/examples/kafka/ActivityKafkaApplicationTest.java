package dev.camelstudio.examples.kafka;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.camel.SimulatorTls;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.camelstudio.examples.kafka.TopicReader.header;
import static dev.camelstudio.examples.kafka.TopicReader.sequenceOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the example as its README says and reads the topic back with a plain Kafka consumer: the simulator's sequences,
 * once each and in order, keyed by account, with Studio's headers; then across a restart of the application, and with
 * the broker stopped for a while.
 */
class ActivityKafkaApplicationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ACCOUNT = "100000";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern CONNECTION_ID = Pattern.compile("\"connection\\.id\":\"([^\"]+)\"");

    @TempDir
    Path directory;

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    @Test
    void sendsTheDemoActivityToTheEmbeddedBrokerInOrderWithStudiosHeaders() throws Exception {
        int port = freePort();
        Properties overrides = new Properties();
        overrides.setProperty("camel.management.port", String.valueOf(port));
        ActivityKafkaApplication application = start(new ActivityKafkaApplication(Map.of("DEMO_RATE", "50"),
                overrides));
        TopicReader topic = open(new TopicReader(application.kafka().bootstrapServers(), "studio-activity"));

        await().atMost(PATIENCE).until(() -> topic.poll().size() >= 20);
        List<ConsumerRecord<String, String>> records = topic.poll();
        assertThat(records).extracting(TopicReader::sequenceOf)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, records.size()).boxed().toList());
        ConsumerRecord<String, String> first = records.get(0);
        assertThat(first.key()).isEqualTo(ACCOUNT);
        assertThat(first.value()).startsWith("{").contains("\"sequence\":1");
        assertThat(header(first, "studio-message-type")).isNotBlank();
        assertThat(Instant.parse(header(first, "studio-timestamp"))).isBeforeOrEqualTo(Instant.now());
        assertThat(header(first, "studio-replay")).isIn("true", "false");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(health(port)).startsWith("{\"status\":\"UP\"")
                .contains("consumer:studio-studio-to-kafka", "producer:kafka"));
    }

    @Test
    void aRestartGoesOnFromTheSavedPositionAndRepeatsAtMostTheInFlightMessage() throws Exception {
        StudioSimulator studio = open(StudioSimulator.demoBuilder().start());
        studio.startGenerator(50);
        EmbeddedKafka kafka = open(EmbeddedKafka.start());
        TopicReader topic = open(new TopicReader(kafka.bootstrapServers(), "restart"));

        ActivityKafkaApplication first = start(onTestServers(studio, kafka, "restart", new Properties()));
        await().atMost(PATIENCE).until(() -> topic.sequences().size() >= 30);
        first.main().stop();
        first.close();
        List<Long> beforeRestart = topic.sequences();
        long lastBeforeRestart = beforeRestart.get(beforeRestart.size() - 1);

        start(onTestServers(studio, kafka, "restart", new Properties()));
        long published = studio.ledger(ACCOUNT).lastSequence();
        assertThat(published).isGreaterThan(lastBeforeRestart);
        await().atMost(PATIENCE).until(() -> topic.sequences().contains(published));

        List<ConsumerRecord<String, String>> records = topic.poll();
        assertThat(records.size() - withoutRepeats(records).size()).as("repeats").isLessThanOrEqualTo(1);
        assertThat(withoutRepeats(records)).extracting(TopicReader::sequenceOf)
                .startsWith(LongStream.rangeClosed(1, published).boxed().toArray(Long[]::new));
    }

    @Test
    void aBrokerAwayForAWhileStopsTheAccountAndLosesNothing() throws Exception {
        StudioSimulator studio = open(StudioSimulator.demoBuilder().start());
        studio.startGenerator(20);
        EmbeddedKafka kafka = open(EmbeddedKafka.start());
        TopicReader topic = open(new TopicReader(kafka.bootstrapServers(), "outage"));
        int port = freePort();
        Properties overrides = new Properties();
        overrides.setProperty("camel.management.port", String.valueOf(port));
        // Give up on an unreachable broker after 3 s instead of 30, and try the account again soon after.
        overrides.setProperty("camel.component.kafka.delivery-timeout-ms", "3000");
        overrides.setProperty("camel.component.kafka.request-timeout-ms", "1000");
        overrides.setProperty("camel.component.kafka.max-block-ms", "3000");
        overrides.setProperty("camel.component.studio.reconnect-initial-delay", "500");
        overrides.setProperty("camel.component.studio.reconnect-max-delay", "2000");
        start(onTestServers(studio, kafka, "outage", overrides));
        await().atMost(PATIENCE).until(() -> topic.sequences().size() >= 20);

        String connection = connectionId(health(port));
        kafka.stopBroker();
        // The Kafka producer's readiness tells why; the send that cannot reach Kafka fails after its delivery
        // timeout, which stops the account there (breakOnFirstError), to be subscribed again on a new connection.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(health(port)).startsWith("{\"status\":\"DOWN\"")
                .contains("KafkaProducer is not ready"));
        await().atMost(PATIENCE).until(() -> !connectionId(health(port)).equals(connection));
        kafka.startBroker();

        long published = studio.ledger(ACCOUNT).lastSequence();
        await().atMost(PATIENCE).until(() -> topic.sequences().contains(published));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(health(port)).startsWith("{\"status\":\"UP\""));
        List<ConsumerRecord<String, String>> records = topic.poll();
        assertThat(withoutRepeats(records)).extracting(TopicReader::sequenceOf)
                .startsWith(LongStream.rangeClosed(1, published).boxed().toArray(Long[]::new));
    }

    @Test
    void theReadmeShowsTheExamplesRouteAndSettingsAsTheyAre() throws IOException {
        // Surefire runs in the module's folder; the README is the repository's.
        String readme = Files.readString(Path.of("..", "..", "README.md"));
        String route = Files.readString(Path.of("src/main/resources/camel/studio-activity-kafka.camel.yaml"));
        String headline = readme.substring(0, readme.indexOf("## Try it"));
        assertThat(headline).contains(route);

        List<String> properties = Files.readAllLines(Path.of("src/main/resources/application.properties"));
        String recipe = readme.substring(readme.indexOf("## Sending to Kafka"));
        recipe.substring(recipe.indexOf("# src/main/resources/application.properties\n")).lines().skip(1)
                .takeWhile(line -> !line.startsWith("```"))
                .forEach(line -> assertThat(properties).as("application.properties").contains(line));
    }

    /**
     * The README's recipe for a downstream consumer: Studio's sequence only grows, per account, so a record whose
     * sequence is not above the last one processed for its key was delivered again after a restart.
     */
    static List<ConsumerRecord<String, String>> withoutRepeats(List<ConsumerRecord<String, String>> records) {
        Map<String, Long> lastSequence = new HashMap<>();
        List<ConsumerRecord<String, String>> fresh = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            long sequence = Long.parseLong(new String(record.headers().lastHeader("studio-sequence").value(),
                    StandardCharsets.UTF_8));
            if (sequence <= lastSequence.getOrDefault(record.key(), 0L)) {
                continue; // sent again after a restart: already processed
            }
            lastSequence.put(record.key(), sequence);
            fresh.add(record);
        }
        return fresh;
    }

    /** The application on servers the test owns, which outlive it: positions in the test's directory. */
    private ActivityKafkaApplication onTestServers(StudioSimulator studio, EmbeddedKafka kafka, String topic,
            Properties overrides) {
        Properties properties = new Properties();
        properties.putAll(studio.demoComponentProperties());
        properties.setProperty("camel.component.kafka.brokers", kafka.bootstrapServers());
        properties.setProperty("kafka.topic", topic);
        properties.setProperty("positions.file", directory.resolve("positions.dat").toString());
        if (!overrides.containsKey("camel.management.port")) {
            properties.setProperty("camel.management.enabled", "false");
        }
        properties.putAll(overrides);
        ActivityKafkaApplication application = new ActivityKafkaApplication(
                Map.of("STUDIO_CLIENT_ID", "demo-client", "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()),
                properties);
        application.main().bind(SimulatorTls.BEAN_NAME, SimulatorTls.sslContextParameters());
        return application;
    }

    private ActivityKafkaApplication start(ActivityKafkaApplication application) throws Exception {
        resources.add(() -> {
            application.main().stop();
            application.close();
        });
        application.main().start();
        return application;
    }

    private <T extends AutoCloseable> T open(T resource) {
        resources.add(resource);
        return resource;
    }

    private static String health(int port) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/observe/health?data=true");
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The id of the Studio consumer's current connection, from the health endpoint's details. */
    private static String connectionId(String health) {
        Matcher id = CONNECTION_ID.matcher(health);
        assertThat(id.find()).as("a connection id in %s", health).isTrue();
        return id.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
