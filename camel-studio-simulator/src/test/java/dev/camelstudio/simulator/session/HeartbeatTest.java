package dev.camelstudio.simulator.session;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;
import dev.camelstudio.simulator.support.TestEvents;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Wait.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Heartbeats (docs/protocol.md §4.9, §5-8, §6-1, §6-2) at an interval shortened through the builder. */
class HeartbeatTest {

    private static final Duration INTERVAL = Duration.ofMillis(150);

    private static StudioSimulator start() {
        return Studios.builder().heartbeatInterval(INTERVAL).start();
    }

    private static int heartbeats(TestClient client) {
        return client.messages("heartbeat").size();
    }

    @Test
    void heartbeatsComeAtTheIntervalOnlyAfterTheFirstSuccessfulSubscribe() {
        try (StudioSimulator studio = start();
                TestClient client = TestClient.connect(studio)) {
            String token = Studios.token1(studio);

            // None before subscribing, nor after a failed subscribe.
            client.subscribe("not-a-token", A);
            await().during(INTERVAL.multipliedBy(4)).atMost(INTERVAL.multipliedBy(8))
                    .until(() -> heartbeats(client) == 0);

            long subscribedAt = System.nanoTime();
            client.subscribe(token, A);
            List<JsonNode> beats = client.awaitMessages("heartbeat", 4);
            long elapsed = System.nanoTime() - subscribedAt;

            JsonNode beat = beats.get(0);
            assertThat(beat.path("timestamp").isIntegralNumber()).isTrue();
            assertThat(beat.has("sequence")).isFalse();
            assertThat(beat.path("payload").has("details")).as("docs/protocol.md §4.9").isFalse();
            // At the configured interval: four beats take at least three intervals, and at most one beat per interval.
            assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(INTERVAL.multipliedBy(3));
            List<TestClient.Received> received = client.received();
            long beatsSoFar = received.stream().filter(r -> r.json() != null && TestClient.type(r.json())
                    .equals("heartbeat")).count();
            long window = received.get(received.size() - 1).nanos() - subscribedAt;
            assertThat(beatsSoFar).isLessThanOrEqualTo(window / INTERVAL.toNanos() + 1);
            // Heartbeats come after the subscribe's ack and replay-complete.
            assertThat(client.types())
                    .startsWith("subscribe-activity-ack", "subscribe-activity-ack", "replay-complete");
        }
    }

    @Test
    void stopHeartbeatsStopsThemWhileDataStillFlowsAndResumeBringsThemBack() {
        try (StudioSimulator studio = start();
                TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            client.awaitMessages("heartbeat", 2);

            studio.faults().stopHeartbeats();
            int atStop = heartbeats(client);
            // For several intervals, publishing all along: data keeps coming, heartbeats do not (one may have been
            // on its way when they stopped).
            AtomicInteger published = new AtomicInteger();
            await().during(INTERVAL.multipliedBy(5)).atMost(INTERVAL.multipliedBy(10))
                    .pollInterval(Duration.ofMillis(30))
                    .until(() -> {
                        int n = published.incrementAndGet();
                        studio.publish(A, TestEvents.order(A, n));
                        return heartbeats(client) <= atStop + 1;
                    });
            assertThat(client.awaitSequence(A, published.get())).hasSize(published.get());
            assertThat(published.get()).isGreaterThan(5);
            assertThat(heartbeats(client)).isLessThanOrEqualTo(atStop + 1);

            int beforeResume = heartbeats(client);
            studio.faults().resumeHeartbeats();
            await().atMost(Duration.ofSeconds(5)).until(() -> heartbeats(client) >= beforeResume + 2);
            assertThat(studio.recorder().counters().get(Counter.HEARTBEATS_SENT)).isGreaterThanOrEqualTo(
                    heartbeats(client));
        }
    }

    @Test
    void heartbeatsStopWithTheConnection() {
        try (StudioSimulator studio = start()) {
            try (TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                client.awaitMessages("heartbeat", 1);
                client.closeCleanly();
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> studio.openConnections() == 0);
            long sent = studio.recorder().counters().get(Counter.HEARTBEATS_SENT);
            await().during(INTERVAL.multipliedBy(4)).atMost(INTERVAL.multipliedBy(8))
                    .until(() -> studio.recorder().counters().get(Counter.HEARTBEATS_SENT) <= sent + 1);
        }
    }
}
