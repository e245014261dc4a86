package dev.camelstudio.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.recording.Direction;
import dev.camelstudio.simulator.recording.RecordedFrame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the application as its README says, on the embedded simulator (faster, on a free loopback port): the fills
 * come back from the queue as trade-notice JSON in sequence order, every fill Studio sent and nothing else,
 * {@code /actuator/health} reports the Studio consumer UP, and {@code /actuator/prometheus} shows every Studio meter.
 */
@CamelSpringBootTest
// Spring Boot turns metrics export off in tests unless asked: the application itself serves /actuator/prometheus.
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "studio.simulator.rate=50")
class ActivitySpringBootApplicationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ACCOUNT = "100000";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    StudioSimulator demoStudio;

    @Value("${fills.queue}")
    String fillsQueue;

    @LocalServerPort
    int port;

    @Test
    void fillsReachTheQueueInSequenceOrderAndNothingElseDoes() throws Exception {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(500);
        List<JsonNode> fills = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            Message message = jms.receive(fillsQueue);
            if (message != null) {
                fills.add(JSON.readTree(((TextMessage) message).getText()));
            }
            return fills.size() >= 10;
        });

        List<Long> sequences = fills.stream().map(fill -> fill.path("sequence").asLong()).toList();
        for (JsonNode fill : fills) {
            assertThat(fill.at("/payload/type").asText()).as("%s", fill).isEqualTo("trade-notice");
            assertThat(fill.at("/payload/data/account_id").asText()).as("%s", fill).isEqualTo(ACCOUNT);
        }
        assertThat(sequences).isSorted().doesNotHaveDuplicates();

        // Every fill the simulator sent up to the last one read is on the queue, and only those: the sequences in
        // between (orders, positions, buying power) went to the log.
        long last = sequences.get(sequences.size() - 1);
        List<JsonNode> sent = sentUpTo(last);
        assertThat(sent.stream().filter(frame -> frame.at("/payload/type").asText().equals("trade-notice"))
                .map(frame -> frame.path("sequence").asLong()).distinct().sorted().toList())
                .isEqualTo(sequences);
        assertThat(sent.stream().map(frame -> frame.at("/payload/type").asText()).collect(Collectors.toSet()))
                .contains("order-update", "position-update");
    }

    @Test
    void healthIsUpWithTheStudioConsumersCheck() {
        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        await().atMost(PATIENCE).untilAsserted(() -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("status").asText()).as(response.body()).isEqualTo("UP");
            JsonNode camel = body.at("/components/camelHealth");
            assertThat(camel.path("status").asText()).as(response.body()).isEqualTo("UP");
            assertThat(camel.at("/details/consumer:" + StudioActivityRoute.ROUTE_ID).asText())
                    .as(response.body()).isEqualTo("UP");
        });
    }

    @Test
    void prometheusShowsEveryStudioMeterWithTheAccountTag() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI prometheus = URI.create("http://127.0.0.1:" + port + "/actuator/prometheus");
        await().atMost(PATIENCE).untilAsserted(() -> {
            String scrape = http.send(HttpRequest.newBuilder(prometheus).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(scrape).contains("studio_messages_total{account=\"" + ACCOUNT + "\"");
            for (String series : ReadmeMeters.listed()) {
                assertThat(scrape).as(series).containsPattern("(?m)^" + series + "(_bucket|_count|_sum|_max)?\\{"
                        + "account=\"" + ACCOUNT + "\"");
            }
        });
    }

    /** The sequenced frames the simulator sent to the example, up to a sequence, in the order sent. */
    private List<JsonNode> sentUpTo(long lastSequence) throws Exception {
        List<JsonNode> frames = new ArrayList<>();
        for (RecordedFrame frame : demoStudio.recorder().frames(frame -> frame.direction() == Direction.SENT)) {
            JsonNode json = JSON.readTree(frame.text());
            if (json.has("sequence") && json.path("sequence").asLong() <= lastSequence) {
                frames.add(json);
            }
        }
        return frames;
    }
}
