package dev.camelstudio.examples.yaml;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the example as its README says, on the embedded simulator: activity lands as JSON lines, in sequence order,
 * Camel's health endpoint reports the Studio consumer UP, and its metrics endpoint shows every Studio meter.
 */
class ActivityYamlApplicationTest {

    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern METER_ROW = Pattern.compile("^\\| `(studio_[a-z_]+)` \\|", Pattern.MULTILINE);

    @TempDir
    Path activityDir;

    private ActivityYamlApplication application;

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            application.main().stop();
            application.close();
        }
    }

    @Test
    void writesTheDemoActivityAsJsonLinesInOrderAndIsHealthy() throws Exception {
        int port = freePort();
        Properties overrides = new Properties();
        overrides.setProperty("activity.dir", activityDir.toString());
        overrides.setProperty("camel.management.port", String.valueOf(port));
        application = new ActivityYamlApplication(Map.of("DEMO_RATE", "50"), overrides);
        application.main().start();

        Path file = activityDir.resolve("100000.jsonl");
        await().atMost(PATIENCE).until(() -> sequences(file).size() >= 20);
        List<Long> sequences = sequences(file);
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).as("line %d", i + 1).isEqualTo(i + 1L);
        }
        assertThat(application.simulator().ledger("100000").lastSequence()).isGreaterThanOrEqualTo(20);

        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + port + "/observe/health?data=true");
        await().atMost(PATIENCE).untilAsserted(() -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            // The consumer's own check, with its details: what an operator needs when it is DOWN.
            assertThat(response.body()).startsWith("{\"status\":\"UP\"").contains("consumer:studio-activity",
                    "account.id", "100000");
        });

        // Every meter the project README lists, with the example's account.
        URI metrics = URI.create("http://127.0.0.1:" + port + "/observe/metrics");
        List<String> listed = readmeMeters();
        assertThat(listed).isNotEmpty();
        await().atMost(PATIENCE).untilAsserted(() -> {
            String scrape = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            for (String series : listed) {
                assertThat(scrape).as(series).containsPattern("(?m)^" + series + "(_bucket|_count|_sum|_max)?\\{"
                        + "account=\"100000\"");
            }
        });
    }

    /** The meters the project README's Observability table lists. */
    private static List<String> readmeMeters() throws IOException {
        String readme = Files.readString(Path.of("..", "..", "README.md"));
        String section = readme.substring(readme.indexOf("## Observability"),
                readme.indexOf("## Running more than one instance"));
        return METER_ROW.matcher(section).results().map(row -> row.group(1)).toList();
    }

    @Test
    void theReadmeQuickStartShowsTheseFilesAsTheyAre() throws IOException {
        // Surefire runs in the module's folder; the README is the repository's.
        String readme = Files.readString(Path.of("..", "..", "README.md"));
        String route = Files.readString(Path.of("src/main/resources/camel/studio-activity.camel.yaml"));
        assertThat(readme).contains(route);
        List<String> properties = Files.readAllLines(Path.of("src/main/resources/application.properties"));
        String section = readme.substring(readme.indexOf("### Camel Main and YAML"));
        String quickStart = section.substring(section.indexOf("# src/main/resources/application.properties\n"));
        quickStart.lines().skip(1).takeWhile(line -> !line.startsWith("```"))
                .forEach(line -> assertThat(properties).as("application.properties").contains(line));
    }

    /** The sequence of each JSON line written so far (lines without one, control messages, are not written). */
    private static List<Long> sequences(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(line -> {
            Matcher matcher = SEQUENCE.matcher(line);
            assertThat(matcher.find()).as("a sequenced message: %s", line).isTrue();
            return Long.parseLong(matcher.group(1));
        }).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
