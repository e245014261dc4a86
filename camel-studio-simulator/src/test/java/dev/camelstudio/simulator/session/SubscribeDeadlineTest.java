package dev.camelstudio.simulator.session;

import java.time.Duration;
import java.util.List;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.recording.ConnectionRecord;
import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Wait.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The subscribe deadline of docs/protocol.md §5-2 and §6-3, shortened through the builder. */
class SubscribeDeadlineTest {

    private static final Duration DEADLINE = Duration.ofMillis(500);

    private static StudioSimulator start() {
        return Studios.builder().subscribeDeadline(DEADLINE).start();
    }

    private static void assertIdledOut(TestClient client, long connectedAt) {
        TestClient.Ending ending = client.awaitEnding();
        assertThat(ending.closeFrame()).isTrue();
        assertThat(ending.code()).isEqualTo(1000);
        assertThat(ending.reason()).isEmpty();
        List<JsonNode> messages = client.messages();
        JsonNode last = messages.get(messages.size() - 1);
        assertThat(TestClient.type(last)).isEqualTo("error-notice");
        assertThat(last.path("payload").path("details").asText()).isEqualTo("Idled too long; please reconnect");
        assertThat(last.has("sequence")).isFalse();
        long noticeAt = client.received().get(client.received().size() - 1).nanos();
        assertThat(Duration.ofNanos(noticeAt - connectedAt)).as("not before the deadline")
                .isGreaterThanOrEqualTo(DEADLINE.minusMillis(20));
    }

    @Test
    void noSubscribeMeansIdleNoticeThenClose1000() {
        try (StudioSimulator studio = start()) {
            long start = System.nanoTime();
            try (TestClient client = TestClient.connect(studio)) {
                assertIdledOut(client, start);
                assertThat(client.types()).containsExactly("error-notice");
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> studio.openConnections() == 0);
            assertThat(studio.recorder().connections()).singleElement()
                    .satisfies(record -> assertThat(record.closeCode()).isEqualTo(1000))
                    .satisfies(record -> assertThat(record.isOpen()).isFalse());
        }
    }

    @Test
    void aFailedSubscribeDoesNotStopTheDeadline() {
        try (StudioSimulator studio = start()) {
            String notEntitled = Studios.token2(studio); // fetched first: the deadline is short
            long start = System.nanoTime();
            try (TestClient client = TestClient.connect(studio)) {
                client.subscribe("not-a-token", A);
                client.subscribe(notEntitled, A);
                assertIdledOut(client, start);
                assertThat(client.types()).containsExactly(
                        "subscribe-activity-ack", "subscribe-activity-ack", "error-notice");
            }
        }
    }

    @Test
    void aMalformedFrameDoesNotStopTheDeadline() {
        try (StudioSimulator studio = start()) {
            long start = System.nanoTime();
            try (TestClient client = TestClient.connect(studio)) {
                client.send("hello");
                assertIdledOut(client, start);
            }
        }
    }

    @Test
    void aSuccessfulSubscribeStopsTheDeadline() {
        try (StudioSimulator studio = start()) {
            String token = Studios.token1(studio); // fetched first: the deadline is short
            try (TestClient client = TestClient.connect(studio)) {
                client.subscribe(token, A);
                client.awaitMessages("replay-complete", 1);

                await().during(DEADLINE.multipliedBy(3)).atMost(DEADLINE.multipliedBy(5))
                        .until(() -> !client.isClosed() && client.messages("error-notice").isEmpty());
                assertThat(studio.openConnections()).isEqualTo(1);
                assertThat(studio.recorder().connections()).singleElement().matches(ConnectionRecord::isOpen);
            }
        }
    }

    @Test
    void aSuccessfulSubscribeAfterAFailedOneStopsTheDeadline() {
        try (StudioSimulator studio = start()) {
            String token = Studios.token1(studio); // fetched first: the deadline is short
            try (TestClient client = TestClient.connect(studio)) {
                client.subscribe("not-a-token", A);
                client.subscribe(token, A);
                client.awaitMessages("replay-complete", 1);

                await().during(DEADLINE.multipliedBy(3)).atMost(DEADLINE.multipliedBy(5))
                        .until(() -> !client.isClosed() && client.messages("error-notice").isEmpty());
            }
        }
    }
}
