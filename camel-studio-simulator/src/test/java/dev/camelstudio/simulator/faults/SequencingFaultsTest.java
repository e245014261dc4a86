package dev.camelstudio.simulator.faults;

import java.time.Duration;
import java.util.List;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;
import dev.camelstudio.simulator.support.TestEvents;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Studios.B;
import static dev.camelstudio.simulator.support.Wait.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Gaps, duplicates, reordering and refused subscribes, as a client's sequencing logic must survive them. */
class SequencingFaultsTest {

    /** The order-update numbers ({@code data.version}) a client received for an account, in arrival order. */
    private static List<Integer> versions(TestClient client, String accountId) {
        return client.sequenced(accountId).stream()
                .map(m -> m.path("payload").path("data").path("version").asInt()).toList();
    }

    @Test
    void withholdLiveMakesALiveGapThatAResubscribeReplayFills() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient live = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            TestEvents.publishOrders(studio, A, 1, 2);
            studio.faults().withholdLive(A, 2);
            TestEvents.publishOrders(studio, A, 3, 3);

            assertThat(live.awaitSequence(A, 5)).containsExactly(1L, 2L, 5L);
            assertThat(versions(live, A)).containsExactly(1, 2, 5);

            try (TestClient again = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                assertThat(again.sequences(A)).containsExactly(1L, 2L, 3L, 4L, 5L);
                assertThat(versions(again, A)).containsExactly(1, 2, 3, 4, 5);
            }
        }
    }

    @Test
    void withholdLiveAppliesToTheNamedAccountOnly() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A, B)) {
            studio.faults().withholdLive(A, 1);
            studio.publish(A, TestEvents.order(A, 1));
            studio.publish(B, TestEvents.order(B, 1));
            studio.publish(A, TestEvents.order(A, 2));

            assertThat(client.awaitSequence(A, 2)).containsExactly(2L);
            assertThat(client.awaitSequence(B, 1)).containsExactly(1L);
        }
    }

    @Test
    void skipSequencesMakesAGapThatTheReplayHasToo() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient live = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            TestEvents.publishOrders(studio, A, 1, 2);
            studio.faults().skipSequences(A, 3);
            TestEvents.publishOrders(studio, A, 3, 2);

            assertThat(live.awaitSequence(A, 7)).containsExactly(1L, 2L, 6L, 7L);
            assertThat(versions(live, A)).as("no event is lost, only numbers").containsExactly(1, 2, 3, 4);
            try (TestClient again = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                assertThat(again.sequences(A)).containsExactly(1L, 2L, 6L, 7L);
            }
            assertThat(studio.ledger(A).lastSequence()).isEqualTo(7);
        }
    }

    @Test
    void duplicateNextSendsTheNextFrameLiveTwiceButLogsItOnce() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient live = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            studio.publish(A, TestEvents.order(A, 1));
            studio.faults().duplicateNext(A);
            TestEvents.publishOrders(studio, A, 2, 2);

            assertThat(live.awaitSequence(A, 3)).containsExactly(1L, 2L, 2L, 3L);
            List<JsonNode> twos = live.sequenced(A).subList(1, 3);
            assertThat(twos.get(0)).isEqualTo(twos.get(1));
            try (TestClient again = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                assertThat(again.sequences(A)).containsExactly(1L, 2L, 3L);
            }
        }
    }

    @Test
    void swapNextTwoSendsTwoLiveFramesOutOfOrderButReplaysThemInOrder() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient live = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            studio.publish(A, TestEvents.order(A, 1));
            studio.faults().swapNextTwo(A);
            TestEvents.publishOrders(studio, A, 2, 3);

            await().atMost(Duration.ofSeconds(5)).until(() -> live.sequences(A).size() == 4);
            assertThat(live.sequences(A)).containsExactly(1L, 3L, 2L, 4L);
            try (TestClient again = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                assertThat(again.sequences(A)).containsExactly(1L, 2L, 3L, 4L);
            }
        }
    }

    @Test
    void clearSendsAFrameHeldForASwap() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient live = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            studio.faults().swapNextTwo(A);
            studio.publish(A, TestEvents.order(A, 1));
            studio.faults().clear();
            studio.publish(A, TestEvents.order(A, 2));

            assertThat(live.awaitSequence(A, 2)).containsExactly(1L, 2L);
        }
    }

    @Test
    void rejectNextSubscribesRefusesTheNextOnesThenAccepts() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            studio.publish(A, TestEvents.order(A, 1));
            String token = Studios.token1(studio);
            studio.faults().rejectNextSubscribes(2);

            client.subscribe(token, A);
            client.subscribe(token, A);
            client.subscribe(token, A);

            List<JsonNode> acks = client.awaitMessages("subscribe-activity-ack", 3);
            assertThat(acks).extracting(ack -> ack.path("payload").path("success").asBoolean())
                    .containsExactly(false, false, true);
            assertThat(acks)
                    .allSatisfy(ack -> assertThat(ack.path("payload").path("account_id").asText()).isEqualTo(A));
            assertThat(acks.get(0).path("payload").path("details").asText()).isNotBlank();
            client.awaitMessages("replay-complete", 1);
            assertThat(client.types()).containsExactly("subscribe-activity-ack", "subscribe-activity-ack",
                    "subscribe-activity-ack", "order-update", "replay-complete");
        }
    }
}
