package dev.camelstudio.simulator.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.support.MutableClock;
import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;
import dev.camelstudio.simulator.support.TestEvents;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Studios.B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay on subscribe, the per-account per-day sequence, and the trading-day rollover (docs/protocol.md §5-4, §5-5, §6-11).
 */
class ReplayTest {

    private static List<Long> oneTo(long n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    /** The raw text of the sequenced frames a client received, in order. */
    private static List<String> sequencedFrames(TestClient client) {
        return client.received().stream()
                .filter(r -> r.json() != null && r.json().has("sequence"))
                .map(TestClient.Received::text)
                .toList();
    }

    @Test
    void aReplayFarLargerThanTheSendBudgetArrivesWholeAndTheConnectionStaysResponsive() {
        // The default send budget is 10,000 frames: this replay is ten times that.
        try (StudioSimulator studio = Studios.builder().start()) {
            long last = studio.publishActivity(A, 100_000);
            try (TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                client.awaitMessages("replay-complete", 1);
                assertThat(client.sequences(A)).isEqualTo(oneTo(last));
                // Live frames still flow on the same connection, and a second client is served meanwhile.
                studio.publishActivity(A, 10);
                client.awaitSequence(A, last + 10);
                try (TestClient second = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                    second.awaitMessages("replay-complete", 1);
                }
            }
        }
    }

    @Test
    void replayIsVerbatimThenReplayCompleteThenLiveContinues() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T15:00:00Z"));
        try (StudioSimulator studio = Studios.builder().clock(clock).start()) {
            String token = Studios.token1(studio);
            try (TestClient live = TestClient.subscribed(studio, token, A)) {
                int n = 7;
                for (int i = 1; i <= n; i++) {
                    clock.advance(Duration.ofSeconds(1));
                    studio.publish(A, i % 2 == 0 ? TestEvents.buyingPower(A, i) : TestEvents.order(A, i));
                }
                live.awaitSequence(A, n);
                List<String> liveFrames = sequencedFrames(live);
                assertThat(live.sequences(A)).isEqualTo(oneTo(n));

                // Later, a second client subscribes: the replay is the same frames, byte for byte.
                clock.advance(Duration.ofMinutes(1));
                try (TestClient late = TestClient.connect(studio)) {
                    late.subscribe(token, A);
                    late.awaitMessages("replay-complete", 1);

                    assertThat(sequencedFrames(late)).isEqualTo(liveFrames);
                    List<JsonNode> messages = late.messages();
                    assertThat(messages).extracting(TestClient::type).startsWith("subscribe-activity-ack")
                            .endsWith("replay-complete").hasSize(n + 2);
                    assertThat(messages.get(1).path("timestamp").asLong())
                            .as("replayed frames keep their original timestamp")
                            .isEqualTo(Instant.parse("2026-03-10T15:00:01Z").toEpochMilli());
                    assertThat(messages.get(0).path("timestamp").asLong())
                            .as("the ack is stamped now")
                            .isEqualTo(clock.millis());

                    // Live continues at n + 1 on both.
                    studio.publish(A, TestEvents.order(A, n + 1));
                    assertThat(late.awaitSequence(A, n + 1)).isEqualTo(oneTo(n + 1));
                    assertThat(live.awaitSequence(A, n + 1)).isEqualTo(oneTo(n + 1));
                    assertThat(late.frames().get(late.frames().size() - 1))
                            .isEqualTo(live.frames().get(live.frames().size() - 1));
                }
            }
            assertThat(studio.ledger(A).lastSequence()).isEqualTo(8);
            assertThat(studio.ledger(A).replaySize()).isEqualTo(8);
        }
    }

    @Test
    void aBoundedReplayLogReplaysTheNewestFrames() {
        try (StudioSimulator studio = Studios.builder().replayLogCapacity(5).start()) {
            TestEvents.publishOrders(studio, A, 1, 8);
            assertThat(studio.ledger(A).replaySize()).isEqualTo(5);
            try (TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                assertThat(client.sequences(A)).containsExactly(4L, 5L, 6L, 7L, 8L);
            }
        }
    }

    @Test
    void sequencesArePerAccountAndSharedAcrossTypes() {
        try (StudioSimulator studio = Studios.builder().start()) {
            assertThat(studio.publish(A, TestEvents.order(A, 1))).isEqualTo(1);
            assertThat(studio.publish(A, TestEvents.buyingPower(A, 2))).isEqualTo(2);
            assertThat(studio.publish(B, TestEvents.order(B, 1))).isEqualTo(1);
            assertThat(studio.publish(A, TestEvents.order(A, 3))).isEqualTo(3);

            try (TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A, B)) {
                assertThat(client.sequences(A)).containsExactly(1L, 2L, 3L);
                assertThat(client.sequences(B)).containsExactly(1L);
                assertThat(client.sequenced(A)).extracting(TestClient::type)
                        .containsExactly("order-update", "buying-power-update", "order-update");
            }
        }
    }

    @Test
    void aClientSubscribingInTheMiddleOfABurstSeesNoGapAndNoDuplicate() throws Exception {
        int before = 300;
        int total = 3_000;
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            String token = Studios.token1(studio);
            CountDownLatch firstBatchPublished = new CountDownLatch(1);
            CountDownLatch subscribeSent = new CountDownLatch(1);
            // Its own thread, not the common pool, which the JDK's WebSocket client may need while this one waits.
            ExecutorService publishing = Executors.newSingleThreadExecutor();
            CompletableFuture<Void> publisher = CompletableFuture.runAsync(() -> {
                TestEvents.publishOrders(studio, A, 1, before);
                firstBatchPublished.countDown();
                try {
                    // Go on publishing as the subscribe is on its way, so that it lands in the middle of the burst.
                    subscribeSent.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                TestEvents.publishOrders(studio, A, before + 1, total - before);
            }, publishing);
            assertThat(firstBatchPublished.await(10, TimeUnit.SECONDS)).isTrue();
            client.subscribe(token, A);
            subscribeSent.countDown();
            publisher.get(20, TimeUnit.SECONDS);
            publishing.shutdown();

            assertThat(client.awaitSequence(A, total)).isEqualTo(oneTo(total));
            // The order-update numbers prove that every event is the right one, not only the sequence.
            assertThat(client.sequenced(A)).extracting(m -> m.path("payload").path("data").path("version").asLong())
                    .isEqualTo(oneTo(total));
            // Exactly one replay-complete, somewhere after the first `before` frames.
            List<String> types = client.types();
            assertThat(types).filteredOn("replay-complete"::equals).hasSize(1);
            assertThat(types.indexOf("replay-complete")).isGreaterThan(before);
        }
    }

    @Test
    void aNewNewYorkDayResetsTheSequenceAndEmptiesTheReplay() {
        // 23:59 in New York on 9 March 2026 (EDT, UTC-4) is already 10 March in UTC.
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T03:59:00Z"));
        try (StudioSimulator studio = Studios.builder().clock(clock).start()) {
            TestEvents.publishOrders(studio, A, 1, 3);
            String token = Studios.token1(studio);
            try (TestClient client = TestClient.subscribed(studio, token, A)) {
                assertThat(client.sequences(A)).containsExactly(1L, 2L, 3L);
            }

            clock.advance(Duration.ofMinutes(2)); // 00:01 on 10 March in New York: a new trading day.

            try (TestClient client = TestClient.subscribed(studio, token, A)) {
                assertThat(client.types()).as("nothing to replay on a new day")
                        .containsExactly("subscribe-activity-ack", "replay-complete");
                studio.publish(A, TestEvents.order(A, 4));
                assertThat(client.awaitSequence(A, 1)).containsExactly(1L);
            }
            assertThat(studio.ledger(A).lastSequence()).isEqualTo(1);
            assertThat(studio.ledger(A).replaySize()).isEqualTo(1);
        }
    }

    @Test
    void aNewUtcDayThatIsTheSameNewYorkDayKeepsTheSequence() {
        // 19:00 in New York on 10 March 2026; two hours later UTC has moved to 11 March, New York has not.
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T23:00:00Z"));
        try (StudioSimulator studio = Studios.builder().clock(clock).start()) {
            TestEvents.publishOrders(studio, A, 1, 2);
            clock.advance(Duration.ofHours(2));
            assertThat(studio.publish(A, TestEvents.order(A, 3))).isEqualTo(3);
            try (TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                assertThat(client.sequences(A)).containsExactly(1L, 2L, 3L);
            }
        }
    }

    @Test
    void theRolloverIsPerAccountAndHappensOnPublishToo() {
        MutableClock clock = new MutableClock(Instant.parse("2026-07-01T03:30:00Z")); // 23:30 on 30 June in New York
        try (StudioSimulator studio = Studios.builder().clock(clock).start()) {
            TestEvents.publishOrders(studio, A, 1, 5);
            TestEvents.publishOrders(studio, B, 1, 2);
            clock.advance(Duration.ofHours(1));

            assertThat(studio.publish(A, TestEvents.order(A, 6))).isEqualTo(1);
            assertThat(studio.publish(B, TestEvents.order(B, 3))).isEqualTo(1);
            try (TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A, B)) {
                assertThat(client.sequences(A)).containsExactly(1L);
                assertThat(client.sequences(B)).containsExactly(1L);
                assertThat(client.sequenced(A).get(0).path("payload").path("data").path("version").asInt())
                        .isEqualTo(6);
            }
        }
    }
}
