package dev.camelstudio.simulator.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.support.MutableClock;
import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;
import dev.camelstudio.simulator.support.TestEvents;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Studios.B;
import static dev.camelstudio.simulator.support.Studios.C;
import static dev.camelstudio.simulator.support.Wait.await;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code subscribe-activity} and its ack (docs/protocol.md §4.1, §4.2, §5-3, §6-3 to §6-6). */
class SubscribeTest {

    /** Long enough to prove that nothing more arrives, short enough to keep the suite quick. */
    private static final Duration QUIET = Duration.ofMillis(400);

    private static JsonNode payload(JsonNode message) {
        return message.path("payload");
    }

    private static void assertAck(JsonNode ack, String accountId, boolean success, String details) {
        assertThat(TestClient.type(ack)).isEqualTo("subscribe-activity-ack");
        assertThat(ack.path("timestamp").isIntegralNumber()).isTrue();
        assertThat(ack.has("sequence")).as("acks are not sequenced").isFalse();
        assertThat(payload(ack).path("account_id").asText()).isEqualTo(accountId);
        assertThat(payload(ack).path("success").isBoolean()).isTrue();
        assertThat(payload(ack).path("success").asBoolean()).isEqualTo(success);
        assertThat(payload(ack).path("details").asText()).isEqualTo(details);
    }

    /** Asserts that, for a while, no further replay-complete comes and the connection stays open. */
    private static void assertNoReplayCompleteBeyond(TestClient client, int count) {
        await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(
                () -> client.messages("replay-complete").size() == count && !client.isClosed());
    }

    @Test
    void validSubscribeIsAckedThenReplayCompleteEvenWithNothingToReplay() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            client.subscribe(Studios.token1(studio), A);

            client.awaitMessages("replay-complete", 1);
            List<JsonNode> messages = client.messages();
            assertThat(messages).hasSize(2);
            assertAck(messages.get(0), A, true, "Subscribed successfully");
            assertThat(TestClient.type(messages.get(1))).isEqualTo("replay-complete");
            assertThat(messages.get(1).has("sequence")).isFalse();
            assertThat(payload(messages.get(1)).has("account_id")).as("docs/protocol.md §6-6").isFalse();

            // Live data flows after it.
            studio.publish(A, TestEvents.order(A, 1));
            assertThat(client.awaitSequence(A, 1)).containsExactly(1L);
        }
    }

    @Test
    void invalidTokenIsRejectedAndTheConnectionStaysOpen() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            studio.publish(A, TestEvents.order(A, 1));
            client.subscribe("not-a-token", A);

            assertAck(client.awaitMessage(TestClient.ofType("subscribe-activity-ack")), A, false,
                    "Invalid or expired token");
            assertNoReplayCompleteBeyond(client, 0);
            assertThat(client.sequences(A)).as("no replay after a failed subscribe").isEmpty();

            // The connection is still good for a valid subscribe.
            client.subscribe(Studios.token1(studio), A);
            client.awaitMessages("replay-complete", 1);
            assertThat(client.sequences(A)).containsExactly(1L);
        }
    }

    @Test
    void expiredTokenIsRejectedWithAuthExpired() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T15:00:00Z"));
        try (StudioSimulator studio = Studios.builder().clock(clock).tokenLifetime(Duration.ofMinutes(10)).start();
                TestClient client = TestClient.connect(studio)) {
            String token = Studios.token1(studio);
            clock.advance(Duration.ofMinutes(10));

            client.subscribe(token, A);

            assertAck(client.awaitMessage(TestClient.ofType("subscribe-activity-ack")), A, false, "Auth expired");
            assertNoReplayCompleteBeyond(client, 0);

            client.subscribe(Studios.token1(studio), A);
            assertAck(client.awaitMessages("subscribe-activity-ack", 2).get(1), A, true, "Subscribed successfully");
        }
    }

    @Test
    void tokenNotEntitledToTheAccountIsRejected() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            client.subscribe(Studios.token1(studio), C);

            assertAck(client.awaitMessage(TestClient.ofType("subscribe-activity-ack")), C, false,
                    "Not authorized for account");
            assertNoReplayCompleteBeyond(client, 0);
        }
    }

    @Test
    void unknownAccountIsNotAuthorized() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            client.subscribe(Studios.token1(studio), "999999");
            assertAck(client.awaitMessage(TestClient.ofType("subscribe-activity-ack")), "999999", false,
                    "Not authorized for account");
        }
    }

    @Test
    void secondSubscribeToTheSameAccountIsIdempotent() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            TestEvents.publishOrders(studio, A, 1, 2);
            String token = Studios.token1(studio);
            client.subscribe(token, A);
            client.awaitMessages("replay-complete", 1);

            client.subscribe(token, A);

            List<JsonNode> acks = client.awaitMessages("subscribe-activity-ack", 2);
            assertAck(acks.get(1), A, true, "Already subscribed");
            TestEvents.publishOrders(studio, A, 3, 3);
            assertThat(client.awaitSequence(A, 5)).as("no second replay, no doubled live frame")
                    .containsExactly(1L, 2L, 3L, 4L, 5L);
            assertNoReplayCompleteBeyond(client, 1);
            assertThat(client.sequences(A)).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(studio.recorder().subscriptions()).hasSize(2);
        }
    }

    @Test
    void severalAccountsOnOneConnectionAreHandledOneAtATimeInArrivalOrder() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            TestEvents.publishOrders(studio, A, 1, 3);
            TestEvents.publishOrders(studio, B, 1, 2);
            String token = Studios.token1(studio);

            // Sent back to back, without waiting for the first ack.
            client.subscribe(token, A);
            client.subscribe(token, B);

            client.awaitMessages("replay-complete", 2);
            List<JsonNode> messages = client.messages().stream()
                    .filter(m -> !TestClient.type(m).equals("heartbeat")).toList();
            assertThat(messages).extracting(m -> describe(m)).containsExactly(
                    "ack " + A, "order-update " + A + " 1", "order-update " + A + " 2", "order-update " + A + " 3",
                    "replay-complete",
                    "ack " + B, "order-update " + B + " 1", "order-update " + B + " 2",
                    "replay-complete");

            // Then live data of both accounts flows, each with its own sequence.
            studio.publish(B, TestEvents.order(B, 3));
            studio.publish(A, TestEvents.order(A, 4));
            assertThat(client.awaitSequence(A, 4)).containsExactly(1L, 2L, 3L, 4L);
            assertThat(client.awaitSequence(B, 3)).containsExactly(1L, 2L, 3L);
        }
    }

    private static String describe(JsonNode message) {
        String type = TestClient.type(message);
        return switch (type) {
            case "subscribe-activity-ack" -> "ack " + payload(message).path("account_id").asText();
            case "replay-complete" -> type;
            default -> type + " " + payload(message).path("data").path("account_id").asText() + " "
                    + message.path("sequence").asLong();
        };
    }

    @Test
    void aRejectedAccountDoesNotDisturbTheOthersOnTheConnection() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            String token = Studios.token1(studio);
            client.subscribe(token, A);
            client.subscribe(token, C);
            client.subscribe(token, B);

            client.awaitMessages("replay-complete", 2);
            assertThat(client.messages("subscribe-activity-ack"))
                    .extracting(ack -> payload(ack).path("account_id").asText() + " "
                            + payload(ack).path("success").asBoolean())
                    .containsExactly(A + " true", C + " false", B + " true");
            assertThat(studio.openConnections()).isEqualTo(1);
        }
    }

    @Test
    void eachSubscribeMayCarryItsOwnToken() {
        try (StudioSimulator studio = Studios.builder().client("client-3", "secret-3", A, B, C).start();
                TestClient client = TestClient.connect(studio)) {
            client.subscribe(Studios.token1(studio), A);
            client.subscribe(Studios.token2(studio), C);
            client.awaitMessages("replay-complete", 2);
            assertThat(client.messages("subscribe-activity-ack"))
                    .allSatisfy(ack -> assertThat(payload(ack).path("success").asBoolean()).isTrue());
        }
    }

    @Test
    void fixedTokensFromTheBuilderAndAtRuntimeAreAccepted() {
        try (StudioSimulator studio = Studios.builder().fixedToken("fixed-token-for-a", A).start();
                TestClient client = TestClient.connect(studio)) {
            studio.addFixedToken("fixed-token-for-b", Duration.ofMinutes(5), B);

            client.subscribe("fixed-token-for-a", A);
            client.subscribe("fixed-token-for-b", B);
            client.subscribe("fixed-token-for-a", B);

            List<JsonNode> acks = client.awaitMessages("subscribe-activity-ack", 3);
            assertAck(acks.get(0), A, true, "Subscribed successfully");
            assertAck(acks.get(1), B, true, "Subscribed successfully");
            assertAck(acks.get(2), B, false, "Not authorized for account");
        }
    }

    @Test
    void issueTokenHandsOutATokenWithoutHttp() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            client.subscribe(studio.issueToken(Studios.CLIENT_2), C);
            assertAck(client.awaitMessage(TestClient.ofType("subscribe-activity-ack")), C, true,
                    "Subscribed successfully");
        }
    }
}
