package dev.camelstudio.simulator.server;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.protocol.Json;
import dev.camelstudio.simulator.recording.RecordedFrame;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Studios.CLIENT_1;
import static dev.camelstudio.simulator.support.Studios.SECRET_1;
import static dev.camelstudio.simulator.support.Studios.SECRET_2;
import static org.assertj.core.api.Assertions.assertThat;

/** The OAuth2 client-credentials endpoint of docs/protocol.md §2.1, its error answers and its two faults. */
class TokenEndpointTest {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private StudioSimulator studio;
    /** Every response this test saw, to prove that no secret ever comes back. */
    private final List<HttpResponse<String>> responses = new ArrayList<>();

    @BeforeEach
    void start() {
        studio = Studios.builder().tokenLifetime(LIFETIME).start();
    }

    @AfterEach
    void noSecretAnywhere() {
        try {
            for (HttpResponse<String> response : responses) {
                assertThat(response.body()).doesNotContain(SECRET_1).doesNotContain(SECRET_2);
                assertThat(response.headers().map().toString()).doesNotContain(SECRET_1).doesNotContain(SECRET_2);
            }
            assertThat(studio.recorder().frames()).extracting(RecordedFrame::text)
                    .noneMatch(text -> text.contains(SECRET_1) || text.contains(SECRET_2));
        } finally {
            studio.close();
        }
    }

    private HttpResponse<String> post(String contentType, String body) {
        return keep(TestClient.postToken(studio, contentType, body));
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
        responses.add(response);
        return response;
    }

    private static String json(String... fieldsAndValues) {
        var object = Json.object();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            object.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return Json.write(object);
    }

    private static String form(String... fieldsAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(URLEncoder.encode(fieldsAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fieldsAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static JsonNode body(HttpResponse<String> response) {
        return TestClient.parse(response.body());
    }

    private void assertIssued(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).as("RFC 6749 §5.1").hasValue("no-store");
        JsonNode body = body(response);
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").isIntegralNumber()).isTrue();
        assertThat(body.path("expires_in").asLong()).isEqualTo(LIFETIME.toSeconds());
        assertThat(body.path("access_token").asText()).isNotBlank();
    }

    private void assertRefused(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = body(response);
        assertThat(body.path("error").asText()).isEqualTo(error);
        assertThat(body.path("error_description").asText()).isNotBlank();
        assertThat(body.has("access_token")).isFalse();
    }

    @Test
    void jsonBodyGetsAJwtShapedBearerTokenWithAnExpClaim() {
        Instant before = Instant.now();
        HttpResponse<String> response = post("application/json", TestClient.tokenRequest(CLIENT_1, SECRET_1));

        assertIssued(response);
        String token = body(response).get("access_token").asText();
        String[] parts = token.split("\\.", -1);
        assertThat(parts).hasSize(3);
        JsonNode header = TestClient.parse(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        JsonNode claims = TestClient.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertThat(header.path("typ").asText()).isEqualTo("JWT");
        assertThat(claims.path("exp").isIntegralNumber()).isTrue();
        assertThat(claims.path("exp").asLong()).isBetween(
                before.plus(LIFETIME).getEpochSecond() - 1, Instant.now().plus(LIFETIME).getEpochSecond() + 1);
        assertThat(studio.recorder().counters().get(Counter.TOKENS_ISSUED)).isEqualTo(1);

        // And the token is good for the accounts the client may see.
        try (TestClient client = TestClient.subscribed(studio, token, A)) {
            assertThat(client.messages("subscribe-activity-ack").get(0).path("payload").path("success").asBoolean())
                    .isTrue();
        }
    }

    @Test
    void jsonWithACharsetIsJson() {
        assertIssued(post("application/json; charset=UTF-8", TestClient.tokenRequest(CLIENT_1, SECRET_1)));
    }

    @Test
    void everyTokenIsDifferent() {
        String first = TestClient.fetchToken(studio, CLIENT_1, SECRET_1);
        String second = TestClient.fetchToken(studio, CLIENT_1, SECRET_1);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void formBodyIsAccepted() {
        assertIssued(post("application/x-www-form-urlencoded", form(
                "grant_type", "client_credentials", "client_id", CLIENT_1, "client_secret", SECRET_1,
                "audience", "https://api.clearstreet.io")));
    }

    @Test
    void httpBasicClientAuthenticationIsAccepted() {
        String basic = Base64.getEncoder().encodeToString((CLIENT_1 + ":" + SECRET_1).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = keep(TestClient.send(studio, HttpRequest.newBuilder(studio.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form("grant_type", "client_credentials")))
                .build()));
        assertIssued(response);
    }

    @Test
    void wrongSecretIsUnauthorized() {
        HttpResponse<String> response = post("application/json", TestClient.tokenRequest(CLIENT_1, SECRET_2));
        assertRefused(response, 401, "access_denied");
        assertThat(studio.recorder().counters().get(Counter.TOKEN_REQUESTS_REFUSED)).isEqualTo(1);
        assertThat(studio.recorder().counters().get(Counter.TOKENS_ISSUED)).isZero();
    }

    @Test
    void wrongBasicSecretIsUnauthorized() {
        String basic = Base64.getEncoder().encodeToString((CLIENT_1 + ":" + SECRET_2).getBytes(StandardCharsets.UTF_8));
        assertRefused(keep(TestClient.send(studio, HttpRequest.newBuilder(studio.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form("grant_type", "client_credentials")))
                .build())), 401, "access_denied");
    }

    @Test
    void unknownClientIsUnauthorized() {
        assertRefused(post("application/json", TestClient.tokenRequest("nobody", SECRET_1)), 401, "access_denied");
    }

    @Test
    void missingGrantTypeIsAnInvalidRequest() {
        assertRefused(post("application/json", json("client_id", CLIENT_1, "client_secret", SECRET_1)),
                400, "invalid_request");
    }

    @Test
    void missingClientCredentialsIsAnInvalidRequest() {
        assertRefused(post("application/json", json("grant_type", "client_credentials")), 400, "invalid_request");
    }

    @Test
    void wrongGrantTypeIsUnsupported() {
        assertRefused(post("application/json", json(
                "grant_type", "password", "client_id", CLIENT_1, "client_secret", SECRET_1)),
                400, "unsupported_grant_type");
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertRefused(post("application/json", "{\"grant_type\": \"client_credentials\", "), 400, "invalid_request");
        assertRefused(post("application/json", "[1, 2, 3]"), 400, "invalid_request");
    }

    @Test
    void wrongAudienceIsForbidden() {
        assertRefused(post("application/json", json("grant_type", "client_credentials", "client_id", CLIENT_1,
                "client_secret", SECRET_1, "audience", "https://elsewhere.example")), 403, "access_denied");
    }

    @Test
    void getIsNotAllowed() {
        HttpResponse<String> response = keep(TestClient.send(studio, HttpRequest.newBuilder(studio.tokenUrl())
                .GET().build()));
        assertRefused(response, 405, "invalid_request");
    }

    @Test
    void slowEndpointAnswersButNotBeforeTheDelay() {
        Duration delay = Duration.ofMillis(400);
        studio.faults().slowTokenEndpoint(delay);

        long start = System.nanoTime();
        HttpResponse<String> response = post("application/json", TestClient.tokenRequest(CLIENT_1, SECRET_1));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertIssued(response);
        assertThat(took).isGreaterThanOrEqualTo(delay);

        // Slow for errors too.
        start = System.nanoTime();
        assertRefused(post("application/json", TestClient.tokenRequest(CLIENT_1, "wrong")), 401, "access_denied");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(delay);
    }

    @Test
    void failingEndpointFailsTheNextRequestsThenRecovers() {
        studio.faults().failTokenEndpoint(2, 503);

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> failed = post("application/json", TestClient.tokenRequest(CLIENT_1, SECRET_1));
            assertThat(failed.statusCode()).isEqualTo(503);
            assertThat(body(failed).path("error").asText()).isNotBlank();
        }
        assertIssued(post("application/json", TestClient.tokenRequest(CLIENT_1, SECRET_1)));
    }

    @Test
    void failingEndpointUsesTheStatusGiven() {
        studio.faults().failTokenEndpoint(1, 500);
        assertThat(post("application/json", TestClient.tokenRequest(CLIENT_1, SECRET_1)).statusCode()).isEqualTo(500);
        assertIssued(post("application/json", TestClient.tokenRequest(CLIENT_1, SECRET_1)));
    }

    @Test
    void tokenLifetimeCanChangeWhileRunning() {
        studio.tokenLifetime(Duration.ofMinutes(5));
        HttpResponse<String> response = post("application/json", TestClient.tokenRequest(CLIENT_1, SECRET_1));
        assertThat(body(response).path("expires_in").asLong()).isEqualTo(300);
    }

    @Test
    void clientsRegisteredWhileRunningGetTokens() {
        studio.registerClient("late", "late-secret", A);
        assertIssued(post("application/json", TestClient.tokenRequest("late", "late-secret")));
    }
}
