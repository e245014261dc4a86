package dev.camelstudio.simulator.recording;

import java.time.Duration;
import java.util.List;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;
import dev.camelstudio.simulator.support.TestEvents;

import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Studios.B;
import static dev.camelstudio.simulator.support.Studios.C;
import static dev.camelstudio.simulator.support.Wait.await;
import static org.assertj.core.api.Assertions.assertThat;

/** What the simulator records: frames (tokens redacted), connections, subscriptions, counters, bounded windows. */
class RecorderTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Everything the recorder can show, as text, to search for secrets. */
    private static String everything(SimulatorRecorder recorder) {
        return recorder.frames() + "\n" + recorder.connections() + "\n" + recorder.subscriptions() + "\n"
                + recorder.counters().snapshot();
    }

    /** The text of the frames sent on one connection, in order. */
    private static List<String> sent(List<RecordedFrame> frames, long connectionId) {
        return frames.stream().filter(f -> f.direction() == Direction.SENT && f.connectionId() == connectionId)
                .map(RecordedFrame::text).toList();
    }

    @Test
    void framesConnectionsSubscriptionsAndCountersMatchWhatHappened() {
        try (StudioSimulator studio = Studios.builder().heartbeatInterval(Duration.ofMillis(100)).start()) {
            SimulatorRecorder recorder = studio.recorder();
            String token = Studios.token1(studio);
            TestEvents.publishOrders(studio, A, 1, 3);

            TestClient first = TestClient.connect(studio);
            first.subscribe(token, A);
            first.awaitMessages("replay-complete", 1);
            TestEvents.publishOrders(studio, A, 4, 2);
            first.awaitSequence(A, 5);

            TestClient second = TestClient.connect(studio);
            second.subscribe("not-a-token", A);
            second.send("not json");
            second.subscribe(token, A);
            second.subscribe(token, A); // already subscribed
            second.subscribe(token, C); // not entitled
            second.awaitMessages("subscribe-activity-ack", 4);
            second.awaitMessages("replay-complete", 1);
            studio.publish(A, TestEvents.order(A, 6));
            first.awaitSequence(A, 6);
            second.awaitSequence(A, 6);
            first.awaitMessages("heartbeat", 2);
            second.awaitMessages("heartbeat", 2);

            // Stop the heartbeats so that what was sent and what arrived can settle to the same numbers.
            studio.faults().stopHeartbeats();
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(recorder.counters().get(Counter.FRAMES_SENT))
                        .isEqualTo(first.frames().size() + second.frames().size());
                assertThat(recorder.counters().get(Counter.HEARTBEATS_SENT))
                        .isEqualTo(first.messages("heartbeat").size() + second.messages("heartbeat").size());
            });

            SimulatorCounters counters = recorder.counters();
            assertThat(counters.get(Counter.CONNECTIONS_OPENED)).isEqualTo(2);
            assertThat(counters.get(Counter.CONNECTIONS_CLOSED)).isZero();
            assertThat(counters.get(Counter.FRAMES_RECEIVED)).isEqualTo(6);
            assertThat(counters.get(Counter.SUBSCRIBES_ACCEPTED)).isEqualTo(3);
            assertThat(counters.get(Counter.SUBSCRIBES_REJECTED)).isEqualTo(2);
            assertThat(counters.get(Counter.ERROR_NOTICES_SENT)).isEqualTo(1);
            assertThat(counters.get(Counter.SEQUENCED_PUBLISHED)).isEqualTo(6);
            assertThat(counters.get(Counter.SEQUENCED_REPLAYED)).isEqualTo(3 + 5);
            assertThat(counters.get(Counter.SEQUENCED_SENT_LIVE)).isEqualTo(2 + 1 + 1);
            assertThat(counters.get(Counter.TOKENS_ISSUED)).isEqualTo(1);

            // The frames, both ways, as the clients sent and saw them.
            List<RecordedFrame> frames = recorder.frames();
            assertThat(frames).filteredOn(f -> f.direction() == Direction.RECEIVED).hasSize(6);
            List<Long> connectionIds = recorder.connections().stream().map(ConnectionRecord::id).toList();
            assertThat(connectionIds).hasSize(2).doesNotHaveDuplicates();
            assertThat(sent(frames, connectionIds.get(0))).containsExactlyElementsOf(first.frames());
            assertThat(sent(frames, connectionIds.get(1))).containsExactlyElementsOf(second.frames());
            assertThat(frames).filteredOn(f -> f.direction() == Direction.RECEIVED)
                    .extracting(RecordedFrame::connectionId)
                    .containsExactly(connectionIds.get(0), connectionIds.get(1), connectionIds.get(1),
                            connectionIds.get(1), connectionIds.get(1), connectionIds.get(1));
            assertThat(frames).filteredOn(f -> f.direction() == Direction.RECEIVED)
                    .extracting(RecordedFrame::text)
                    .contains("not json", TestClient.subscribeFrame("***", A), TestClient.subscribeFrame("***", C));

            // The subscriptions, in order, with the acks' answers.
            assertThat(recorder.subscriptions())
                    .extracting(s -> s.connectionId() + " " + s.accountId() + " " + s.success() + " " + s.details())
                    .containsExactly(
                            connectionIds.get(0) + " " + A + " true Subscribed successfully",
                            connectionIds.get(1) + " " + A + " false Invalid or expired token",
                            connectionIds.get(1) + " " + A + " true Subscribed successfully",
                            connectionIds.get(1) + " " + A + " true Already subscribed",
                            connectionIds.get(1) + " " + C + " false Not authorized for account");

            // The token is nowhere in what was recorded.
            assertThat(everything(recorder)).doesNotContain(token).doesNotContain(Studios.SECRET_1);

            // Closing: each connection recorded closed with the code the client sent.
            assertThat(first.closeCleanly().code()).isEqualTo(1000);
            assertThat(second.closeCleanly().code()).isEqualTo(1000);
            await().atMost(WAIT).until(() -> counters.get(Counter.CONNECTIONS_CLOSED) == 2);
            assertThat(recorder.connections()).allSatisfy(record -> {
                assertThat(record.isOpen()).isFalse();
                assertThat(record.closeCode()).isEqualTo(1000);
                assertThat(record.closedAt()).isAfterOrEqualTo(record.openedAt());
            });
            assertThat(studio.openConnections()).isZero();
        }
    }

    @Test
    void tokensAreRedactedEvenInFramesTheServerCannotParse() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.connect(studio)) {
            String token = Studios.token1(studio);
            String valid = TestClient.subscribeFrame(token, A);
            String spaced = "{ \"authorization\" : \"" + token + "\", \"payload\": {\"type\": \"subscribe-activity\", "
                    + "\"account_id\": \"" + B + "\"} }";

            client.send(valid);
            client.send(spaced);
            client.send(valid.substring(0, valid.indexOf(token) + token.length())); // truncated after the token
            client.send(valid.substring(0, valid.indexOf(token) + token.length() / 2)); // truncated inside it
            client.send("{\"authorization\":\"" + token + "\",\"payload\":{\"type\":\"unsubscribe-activity\"}}");

            client.awaitMessages("subscribe-activity-ack", 2);
            client.awaitMessages("error-notice", 3);
            assertThat(studio.recorder().frames(f -> f.direction() == Direction.RECEIVED)).hasSize(5)
                    .allSatisfy(f -> assertThat(f.text()).contains("\"***\""));
            assertThat(everything(studio.recorder())).doesNotContain(token)
                    .doesNotContain(token.substring(0, token.length() / 2));
        }
    }

    @Test
    void redactReplacesEveryAuthorizationValueWhateverItHolds() {
        assertThat(SimulatorRecorder.redact("{\"authorization\":\"a.b.c\",\"payload\":{}}"))
                .isEqualTo("{\"authorization\":\"***\",\"payload\":{}}");
        assertThat(SimulatorRecorder.redact("{\"authorization\":\"with \\\"quotes\\\" inside\",\"x\":1}"))
                .isEqualTo("{\"authorization\":\"***\",\"x\":1}");
        assertThat(SimulatorRecorder.redact("[{\"authorization\":\"one\"},{\"authorization\" :\t\"two\"}]"))
                .isEqualTo("[{\"authorization\":\"***\"},{\"authorization\" :\t\"***\"}]");
        assertThat(SimulatorRecorder.redact("{\"authorization\":\"cut-off-tok"))
                .isEqualTo("{\"authorization\":\"***\"");
        assertThat(SimulatorRecorder.redact("{\"authorization\":\"\"}")).isEqualTo("{\"authorization\":\"***\"}");
        assertThat(SimulatorRecorder.redact("no token here")).isEqualTo("no token here");
    }

    @Test
    void theFrameWindowIsBoundedAndKeepsTheNewest() {
        try (StudioSimulator studio = Studios.builder().frameRecordCapacity(10).start();
                TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            TestEvents.publishOrders(studio, A, 1, 50);
            client.awaitSequence(A, 50);

            await().atMost(WAIT).untilAsserted(() -> {
                List<RecordedFrame> frames = studio.recorder().frames();
                assertThat(frames).hasSize(10);
                List<String> received = client.frames();
                assertThat(frames).extracting(RecordedFrame::text)
                        .containsExactlyElementsOf(received.subList(received.size() - 10, received.size()));
            });
            assertThat(studio.recorder().counters().get(Counter.FRAMES_SENT)).isEqualTo(52);
        }
    }

    @Test
    void frameRecordingCanBeOffWhileCountersCount() {
        try (StudioSimulator studio = Studios.builder().frameRecordCapacity(0).start();
                TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            TestEvents.publishOrders(studio, A, 1, 5);
            client.awaitSequence(A, 5);
            await().atMost(WAIT).until(() -> studio.recorder().counters().get(Counter.FRAMES_SENT) == 7);
            assertThat(studio.recorder().frames()).isEmpty();
            assertThat(studio.recorder().subscriptions()).hasSize(1);

            studio.recorder().clear();
            assertThat(studio.recorder().subscriptions()).isEmpty();
            assertThat(studio.recorder().connections()).isEmpty();
            assertThat(studio.recorder().counters().get(Counter.FRAMES_SENT)).isEqualTo(7);
        }
    }

    @Test
    void recordFramesFalseStopsRecordingAtRuntime() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            int before = studio.recorder().frames().size();
            studio.recorder().recordFrames(false);
            TestEvents.publishOrders(studio, A, 1, 5);
            client.awaitSequence(A, 5);
            await().atMost(WAIT).until(() -> studio.recorder().counters().get(Counter.FRAMES_SENT) == 7);
            assertThat(studio.recorder().frames()).hasSize(before);
        }
    }
}
