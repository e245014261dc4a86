package dev.camelstudio.simulator.faults;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;
import dev.camelstudio.simulator.support.TestEvents;

import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Wait.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole server going away, restarting, or answering upgrades slowly. */
class ServerFaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** True if a WebSocket upgrade to the simulator succeeds now; the client is closed again at once. */
    private static boolean canConnect(StudioSimulator studio) {
        try (TestClient client = TestClient.tryConnect(studio).get(5, TimeUnit.SECONDS)) {
            return client != null;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void downForAWhileRefusesConnectionsThenServesAgainOnTheSamePort() {
        try (StudioSimulator studio = Studios.builder().start()) {
            int port = studio.port();
            TestEvents.publishOrders(studio, A, 1, 3);
            try (TestClient open = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                studio.faults().down(Duration.ofMillis(1500));

                // Open connections are cut, new ones are refused.
                assertThat(open.awaitEnding().code()).isNotEqualTo(1000);
                assertThatThrownBy(() -> TestClient.connect(studio)).isInstanceOf(CompletionException.class);
                assertThatThrownBy(() -> TestClient.fetchToken(studio, Studios.CLIENT_1, Studios.SECRET_1))
                        .isInstanceOf(CompletionException.class);
            }

            // Then it comes back, on the same port, with the day's activity.
            await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> canConnect(studio));
            assertThat(studio.port()).isEqualTo(port);
            try (TestClient again = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                assertThat(again.sequences(A)).containsExactly(1L, 2L, 3L);
            }
        }
    }

    @Test
    void downUntilUpStaysDown() {
        try (StudioSimulator studio = Studios.builder().start()) {
            int port = studio.port();
            studio.faults().down();

            assertThatThrownBy(() -> TestClient.connect(studio)).isInstanceOf(CompletionException.class);
            await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> !canConnect(studio));

            studio.faults().up();
            assertThat(studio.port()).isEqualTo(port);
            try (TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                assertThat(client.types()).containsExactly("subscribe-activity-ack", "replay-complete");
            }
        }
    }

    @Test
    void restartCutsOpenConnectionsAndKeepsTheDaysActivity() {
        try (StudioSimulator studio = Studios.builder().start()) {
            int port = studio.port();
            String token = Studios.token1(studio);
            TestEvents.publishOrders(studio, A, 1, 4);
            try (TestClient open = TestClient.subscribed(studio, token, A)) {
                studio.faults().restart();

                assertThat(open.awaitEnding().code()).isNotEqualTo(1000);
            }
            await().atMost(WAIT).until(() -> studio.openConnections() == 0);
            assertThat(studio.port()).isEqualTo(port);
            // Tokens issued before the restart are still good, and the log is kept: the sequence goes on.
            try (TestClient again = TestClient.subscribed(studio, token, A)) {
                assertThat(again.sequences(A)).containsExactly(1L, 2L, 3L, 4L);
                studio.publish(A, TestEvents.order(A, 5));
                assertThat(again.awaitSequence(A, 5)).containsExactly(1L, 2L, 3L, 4L, 5L);
            }
            HttpResponse<String> token2 = TestClient.postToken(studio, "application/json",
                    TestClient.tokenRequest(Studios.CLIENT_1, Studios.SECRET_1));
            assertThat(token2.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void slowHandshakeDelaysTheUpgradeButItSucceeds() throws Exception {
        Duration delay = Duration.ofMillis(500);
        try (StudioSimulator studio = Studios.builder().start()) {
            String token = Studios.token1(studio);
            studio.faults().slowHandshake(delay);

            long start = System.nanoTime();
            CompletableFuture<TestClient> connecting = TestClient.tryConnect(studio);
            try (TestClient client = connecting.get(10, TimeUnit.SECONDS)) {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(delay);
                client.subscribe(token, A);
                client.awaitMessages("replay-complete", 1);
            }

            studio.faults().clear();
            try (TestClient client = TestClient.subscribed(studio, token, A)) {
                assertThat(client.isClosed()).isFalse();
            }
        }
    }
}
