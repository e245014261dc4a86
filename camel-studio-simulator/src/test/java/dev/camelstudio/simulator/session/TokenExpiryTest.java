package dev.camelstudio.simulator.session;

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
import static dev.camelstudio.simulator.support.Studios.CLIENT_1;
import static dev.camelstudio.simulator.support.Wait.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The end of a connection when its token expires or is revoked (docs/protocol.md §5-7, §6-7). */
class TokenExpiryTest {

    private static final Duration LIFETIME = Duration.ofMillis(700);
    private static final String AUTH_EXPIRED = "Auth expired; please reconnect";

    private static void assertAuthExpired(TestClient client) {
        TestClient.Ending ending = client.awaitEnding();
        assertThat(ending.closeFrame()).isTrue();
        assertThat(ending.code()).isEqualTo(1000);
        assertThat(ending.reason()).isEmpty();
        List<JsonNode> notices = client.messages("error-notice");
        assertThat(notices).singleElement().satisfies(
                notice -> assertThat(notice.path("payload").path("details").asText()).isEqualTo(AUTH_EXPIRED));
        assertThat(TestClient.type(client.messages().get(client.messages().size() - 1))).isEqualTo("error-notice");
    }

    @Test
    void theConnectionEndsWhenTheTokenOfItsSubscriptionExpires() {
        try (StudioSimulator studio = Studios.builder().tokenLifetime(LIFETIME).start();
                TestClient client = TestClient.connect(studio)) {
            long issuedAfter = System.nanoTime();
            client.subscribe(studio.issueToken(CLIENT_1), A);
            client.awaitMessages("replay-complete", 1);
            studio.publish(A, TestEvents.order(A, 1));
            client.awaitSequence(A, 1);

            assertAuthExpired(client);
            TestClient.Received notice = client.received().get(client.received().size() - 1);
            assertThat(Duration.ofNanos(notice.nanos() - issuedAfter)).as("not before the token's lifetime")
                    .isGreaterThanOrEqualTo(LIFETIME.minusMillis(20));
            await().atMost(Duration.ofSeconds(5)).until(() -> studio.openConnections() == 0);
        }
    }

    @Test
    void aFixedTokenFromTheBuilderLivesForTheBuildersTokenLifetimeWhateverTheOrderOfTheCalls() {
        try (StudioSimulator studio = Studios.builder().fixedToken("fixed-a", A).tokenLifetime(LIFETIME).start();
                TestClient client = TestClient.connect(studio)) {
            client.subscribe("fixed-a", A);
            client.awaitMessages("replay-complete", 1);

            assertAuthExpired(client);
        }
    }

    @Test
    void aFixedTokenAddedAtRuntimeLivesForItsOwnLifetime() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            studio.addFixedToken("fixed-a", LIFETIME, A);
            client.subscribe("fixed-a", A);
            client.awaitMessages("replay-complete", 1);

            assertAuthExpired(client);
        }
    }

    @Test
    void theTokenOfTheFirstSuccessfulSubscriptionGovernsTheConnection() {
        try (StudioSimulator studio = Studios.builder().tokenLifetime(LIFETIME).start();
                TestClient client = TestClient.connect(studio)) {
            client.subscribe(studio.issueToken(CLIENT_1), A);
            studio.tokenLifetime(Duration.ofHours(1));
            client.subscribe(studio.issueToken(CLIENT_1), B);
            client.awaitMessages("replay-complete", 2);

            assertAuthExpired(client);
        }
    }

    @Test
    void aShortLivedTokenOnALaterSubscriptionDoesNotShortenTheConnection() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            client.subscribe(studio.issueToken(CLIENT_1), A);
            client.awaitMessages("replay-complete", 1);
            studio.tokenLifetime(Duration.ofMillis(300));
            client.subscribe(studio.issueToken(CLIENT_1), B);
            client.awaitMessages("replay-complete", 2);

            await().during(Duration.ofMillis(900)).atMost(Duration.ofSeconds(3))
                    .until(() -> !client.isClosed() && client.messages("error-notice").isEmpty());
        }
    }

    @Test
    void expireTokensEndsSubscribedConnectionsAtOnce() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient subscribed = TestClient.subscribed(studio, Studios.token1(studio), A);
                TestClient idle = TestClient.connect(studio)) {
            String old = Studios.token1(studio);

            studio.faults().expireTokens();

            assertAuthExpired(subscribed);
            // A connection with no subscription has no token to expire: only its subscribe deadline applies.
            assertThat(idle.isClosed()).isFalse();
            idle.subscribe(old, A);
            assertThat(idle.awaitMessage(TestClient.ofType("subscribe-activity-ack")).path("payload")
                    .path("details").asText()).isEqualTo("Auth expired");

            // Tokens issued afterwards are good.
            try (TestClient fresh = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                assertThat(fresh.messages("subscribe-activity-ack").get(0).path("payload").path("success")
                        .asBoolean()).isTrue();
            }
        }
    }

    @Test
    void revokeTokensEndsSubscribedConnectionsAtOnce() {
        try (StudioSimulator studio = Studios.builder().fixedToken("fixed-a", A).start();
                TestClient issued = TestClient.subscribed(studio, Studios.token1(studio), A);
                TestClient fixed = TestClient.subscribed(studio, "fixed-a", A)) {
            String old = Studios.token1(studio);

            studio.faults().revokeTokens();

            assertAuthExpired(issued);
            assertAuthExpired(fixed);
            try (TestClient again = TestClient.connect(studio)) {
                again.subscribe(old, A);
                assertThat(again.awaitMessage(TestClient.ofType("subscribe-activity-ack")).path("payload")
                        .path("details").asText()).isEqualTo("Invalid or expired token");
            }
        }
    }
}
