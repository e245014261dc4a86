package dev.camelstudio.simulator;

import dev.camelstudio.simulator.support.TestClient;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {

    @Test
    void subscribesOverTlsWithATokenFromTheTokenEndpoint() {
        try (StudioSimulator studio = StudioSimulator.builder()
                .account("100000", "ACC0001")
                .client("client-1", "secret-1", "100000")
                .start();
                TestClient client = TestClient.connect(studio)) {
            String token = TestClient.fetchToken(studio, "client-1", "secret-1");
            client.subscribe(token, "100000");
            JsonNode ack = client.awaitMessage(TestClient.ofType("subscribe-activity-ack"));
            assertThat(ack.path("payload").path("success").asBoolean()).isTrue();
            client.awaitMessage(TestClient.ofType("replay-complete"));
        }
    }
}
