package dev.camelstudio.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletionException;

import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;
import dev.camelstudio.simulator.support.TestEvents;

import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator on plain {@code ws://} and {@code http://}, and where it listens. */
class PlainTransportTest {

    @Test
    void plainWebSocketAndTokenEndpointWork() {
        try (StudioSimulator studio = Studios.builder().tls(false).start()) {
            assertThat(studio.isTls()).isFalse();
            assertThat(studio.webSocketUrl()).isEqualTo(
                    URI.create("ws://127.0.0.1:" + studio.port() + "/studio/v2/ws"));
            assertThat(studio.tokenUrl()).isEqualTo(URI.create("http://127.0.0.1:" + studio.port() + "/oauth/token"));

            String token = Studios.token1(studio);
            studio.publish(A, TestEvents.order(A, 1));
            try (TestClient client = TestClient.subscribed(studio, token, A)) {
                assertThat(client.sequences(A)).containsExactly(1L);
                studio.publish(A, TestEvents.order(A, 2));
                assertThat(client.awaitSequence(A, 2)).containsExactly(1L, 2L);
                studio.faults().dropConnections();
                assertThat(client.awaitEnding().closeFrame()).isFalse();
            }
        }
    }

    @Test
    void plainTokenEndpointServesTheJdkClientsH2cUpgradeRequestsAsHttp11() {
        // The JDK HttpClient (HTTP/2 by default) sends "Upgrade: h2c" with its first request on http://.
        try (StudioSimulator studio = Studios.builder().tls(false).start()) {
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> json = TestClient.postToken(studio, "application/json",
                        TestClient.tokenRequest(Studios.CLIENT_1, Studios.SECRET_1));
                assertThat(json.statusCode()).isEqualTo(200);
                assertThat(json.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
                HttpResponse<String> form = TestClient.postToken(studio, "application/x-www-form-urlencoded",
                        "grant_type=client_credentials&client_id=" + Studios.CLIENT_1
                                + "&client_secret=" + Studios.SECRET_1);
                assertThat(form.statusCode()).isEqualTo(200);
                HttpResponse<String> refused = TestClient.postToken(studio, "application/json",
                        TestClient.tokenRequest(Studios.CLIENT_1, "wrong"));
                assertThat(refused.statusCode()).isEqualTo(401);
            }
        }
    }

    @Test
    void tlsIsTheDefaultOnAFreeLoopbackPort() {
        try (StudioSimulator studio = Studios.builder().start()) {
            assertThat(studio.isTls()).isTrue();
            assertThat(studio.port()).isPositive();
            assertThat(studio.webSocketUrl()).isEqualTo(
                    URI.create("wss://127.0.0.1:" + studio.port() + "/studio/v2/ws"));
            assertThat(studio.tokenUrl()).isEqualTo(URI.create("https://127.0.0.1:" + studio.port() + "/oauth/token"));
            assertThat(studio.trustStore()).isNotNull();

            // The simulator's own client TLS context trusts it.
            HttpResponse<String> viaItsContext = HttpClient.newBuilder().sslContext(studio.sslContext()).build()
                    .sendAsync(HttpRequest.newBuilder(studio.tokenUrl()).GET().build(),
                            HttpResponse.BodyHandlers.ofString())
                    .join();
            assertThat(viaItsContext.statusCode()).isEqualTo(405);

            // A plain client cannot talk to the TLS port.
            URI plain = URI.create("ws://127.0.0.1:" + studio.port() + "/studio/v2/ws");
            assertThatThrownBy(() -> TestClient.connect(plain, studio)).isInstanceOf(CompletionException.class);
        }
    }

    @Test
    void onlyTheStudioPathIsAWebSocket() {
        try (StudioSimulator studio = Studios.builder().start()) {
            URI wrong = URI.create("wss://127.0.0.1:" + studio.port() + "/studio/v1/ws");
            assertThatThrownBy(() -> TestClient.connect(wrong, studio)).isInstanceOf(CompletionException.class);
            HttpResponse<String> response = TestClient.send(studio,
                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + studio.port() + "/nothing"))
                            .GET().build());
            assertThat(response.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void twoSimulatorsRunSideBySide() {
        try (StudioSimulator one = Studios.builder().start();
                StudioSimulator two = Studios.builder().start()) {
            assertThat(one.port()).isNotEqualTo(two.port());
            one.publish(A, TestEvents.order(A, 1));
            try (TestClient client = TestClient.subscribed(two, Studios.token1(two), A)) {
                assertThat(client.sequences(A)).isEmpty();
            }
            assertTokensAreNotShared(one, two);
        }
    }

    private static void assertTokensAreNotShared(StudioSimulator one, StudioSimulator two) {
        String foreign = Studios.token1(one);
        try (TestClient client = TestClient.connect(two)) {
            client.subscribe(foreign, A);
            assertThat(client.awaitMessage(TestClient.ofType("subscribe-activity-ack")).path("payload")
                    .path("success").asBoolean()).isFalse();
        }
    }
}
