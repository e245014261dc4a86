package dev.camelstudio.simulator.session;

import java.time.Duration;
import java.util.stream.Stream;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Wait.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Client frames the server cannot act on get an error-notice and the connection goes on (docs/protocol.md §4.2, §6-8). */
class MalformedClientFrameTest {

    private static StudioSimulator studio;
    private static String token;

    @BeforeAll
    static void start() {
        studio = Studios.builder().start();
        token = Studios.token1(studio);
    }

    @AfterAll
    static void stop() {
        studio.close();
    }

    static Stream<Arguments> malformedFrames() {
        return Stream.of(
                Arguments.of("not JSON", "subscribe me please"),
                Arguments.of("truncated JSON", "{\"authorization\":\"abc\",\"payload\":{\"type\":"),
                Arguments.of("a JSON array", "[1,2,3]"),
                Arguments.of("a JSON string", "\"subscribe-activity\""),
                Arguments.of("no payload", "{\"authorization\":\"abc\"}"),
                Arguments.of("payload not an object", "{\"authorization\":\"abc\",\"payload\":\"subscribe-activity\"}"),
                Arguments.of("no payload.type",
                        "{\"authorization\":\"abc\",\"payload\":{\"account_id\":\"" + A + "\"}}"),
                Arguments.of("unknown payload.type",
                        "{\"authorization\":\"abc\",\"payload\":{\"type\":\"unsubscribe-activity\",\"account_id\":\""
                                + A + "\"}}"),
                Arguments.of("missing account_id",
                        "{\"authorization\":\"abc\",\"payload\":{\"type\":\"subscribe-activity\"}}"),
                Arguments.of("empty account_id",
                        "{\"authorization\":\"abc\",\"payload\":{\"type\":\"subscribe-activity\","
                                + "\"account_id\":\"\"}}"),
                Arguments.of("numeric account_id",
                        "{\"authorization\":\"abc\",\"payload\":{\"type\":\"subscribe-activity\","
                                + "\"account_id\":100000}}"),
                Arguments.of("missing authorization",
                        "{\"payload\":{\"type\":\"subscribe-activity\",\"account_id\":\"" + A + "\"}}"),
                Arguments.of("authorization not a string",
                        "{\"authorization\":{\"token\":\"abc\"},\"payload\":{\"type\":\"subscribe-activity\","
                                + "\"account_id\":\"" + A + "\"}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFrames")
    void malformedFrameGetsAnErrorNoticeAndTheConnectionGoesOn(String what, String frame) {
        try (TestClient client = TestClient.connect(studio)) {
            client.send(frame);

            JsonNode notice = client.awaitMessage(TestClient.ofType("error-notice"));
            assertThat(notice.path("payload").path("details").asText()).startsWith("Unable to parse request");
            assertThat(notice.path("timestamp").isIntegralNumber()).isTrue();
            assertThat(client.messages("subscribe-activity-ack")).as("no ack for a malformed request").isEmpty();

            // Still open, and a valid subscribe works on it.
            client.subscribe(token, A);
            JsonNode ack = client.awaitMessage(TestClient.ofType("subscribe-activity-ack"));
            assertThat(ack.path("payload").path("success").asBoolean()).isTrue();
            client.awaitMessages("replay-complete", 1);
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void severalMalformedFramesInARowEachGetANotice() {
        long before = studio.recorder().counters().get(Counter.ERROR_NOTICES_SENT);
        try (TestClient client = TestClient.connect(studio)) {
            client.send("x").send("{}").send("{\"payload\":{}}");
            client.awaitMessages("error-notice", 3);
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !client.isClosed());
        }
        assertThat(studio.recorder().counters().get(Counter.ERROR_NOTICES_SENT)).isGreaterThanOrEqualTo(before + 3);
    }
}
