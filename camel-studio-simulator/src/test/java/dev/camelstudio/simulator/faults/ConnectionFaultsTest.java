package dev.camelstudio.simulator.faults;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.recording.ConnectionRecord;
import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;
import dev.camelstudio.simulator.support.TestEvents;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Studios.B;
import static dev.camelstudio.simulator.support.Wait.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults on open connections: drops, closes, stalls and frames the client should not expect. */
class ConnectionFaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private static void assertDroppedWithoutCloseFrame(TestClient client) {
        TestClient.Ending ending = client.awaitEnding();
        assertThat(ending.closeFrame()).as("no close frame: " + ending).isFalse();
        assertThat(ending.code()).isNotEqualTo(1000).isEqualTo(TestClient.ABNORMAL);
    }

    @Test
    void dropConnectionsCutsEveryConnectionWithoutACloseFrame() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient subscribed = TestClient.subscribed(studio, Studios.token1(studio), A);
                TestClient idle = TestClient.connect(studio)) {
            // The client may see the upgrade done before the simulator has registered the connection.
            await().atMost(WAIT).until(() -> studio.openConnections() == 2);

            studio.faults().dropConnections();

            assertDroppedWithoutCloseFrame(subscribed);
            assertDroppedWithoutCloseFrame(idle);
            await().atMost(WAIT).until(() -> studio.openConnections() == 0);
            assertThat(studio.recorder().connections()).hasSize(2)
                    .allSatisfy(record -> assertThat(record.isOpen()).isFalse())
                    .allSatisfy(record -> assertThat(record.closeCode()).isEqualTo(1006));
            assertThat(studio.recorder().counters().get(Counter.CONNECTIONS_DROPPED)).isEqualTo(2);

            // Nothing is sent to the dropped connections any more, and a new one works.
            studio.publish(A, TestEvents.order(A, 1));
            try (TestClient again = TestClient.subscribed(studio, Studios.token1(studio), A)) {
                assertThat(again.sequences(A)).containsExactly(1L);
            }
        }
    }

    @Test
    void dropConnectionsOfAnAccountCutsOnlyItsSubscribers() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient onA = TestClient.subscribed(studio, Studios.token1(studio), A);
                TestClient onB = TestClient.subscribed(studio, Studios.token1(studio), B);
                TestClient onBoth = TestClient.subscribed(studio, Studios.token1(studio), A, B)) {

            studio.faults().dropConnections(A);

            assertDroppedWithoutCloseFrame(onA);
            assertDroppedWithoutCloseFrame(onBoth);
            studio.publish(B, TestEvents.order(B, 1));
            assertThat(onB.awaitSequence(B, 1)).containsExactly(1L);
            assertThat(onB.isClosed()).isFalse();
            await().atMost(WAIT).until(() -> studio.openConnections() == 1);
        }
    }

    @Test
    void closeConnectionsClosesWithTheGivenCodeAndReason() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient subscribed = TestClient.subscribed(studio, Studios.token1(studio), A);
                TestClient idle = TestClient.connect(studio)) {
            // The client may see the upgrade done before the simulator has registered the connection.
            await().atMost(WAIT).until(() -> studio.openConnections() == 2);

            studio.faults().closeConnections(1011, "simulated internal error");

            for (TestClient client : List.of(subscribed, idle)) {
                TestClient.Ending ending = client.awaitEnding();
                assertThat(ending.closeFrame()).isTrue();
                assertThat(ending.code()).isEqualTo(1011);
                assertThat(ending.reason()).isEqualTo("simulated internal error");
            }
            await().atMost(WAIT).until(() -> studio.openConnections() == 0);
            assertThat(studio.recorder().connections()).extracting(ConnectionRecord::closeCode)
                    .containsOnly(1011);
        }
    }

    @Test
    void closeConnectionsOfAnAccountClosesOnlyItsSubscribers() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient onA = TestClient.subscribed(studio, Studios.token1(studio), A);
                TestClient onB = TestClient.subscribed(studio, Studios.token1(studio), B)) {

            studio.faults().closeConnections(A, 1001, "going away");

            assertThat(onA.awaitClose()).isEqualTo(1001);
            await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> !onB.isClosed());
        }
    }

    @Test
    void aStalledConnectionReceivesNothingUntilUnstalledThenEverythingInOrder() {
        try (StudioSimulator studio = Studios.builder().heartbeatInterval(Duration.ofMillis(100)).start();
                TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            TestEvents.publishOrders(studio, A, 1, 2);
            client.awaitSequence(A, 2);

            studio.faults().stall();
            int frameCount = client.frames().size();
            TestEvents.publishOrders(studio, A, 3, 20);

            // Nothing, not even a heartbeat, for a while; and the connection stays open.
            await().during(Duration.ofMillis(300)).atMost(WAIT)
                    .until(() -> client.frames().size() <= frameCount + 1 && !client.isClosed());
            int stalledAt = client.frames().size();
            assertThat(studio.openConnections()).isEqualTo(1);

            studio.faults().unstall();

            assertThat(client.awaitSequence(A, 22)).containsExactlyElementsOf(
                    LongStream.rangeClosed(1, 22).boxed().toList());
            assertThat(client.frames().size()).isGreaterThan(stalledAt);
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void malformedJsonArrivesAsIs() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A);
                TestClient other = TestClient.subscribed(studio, Studios.token1(studio), B)) {
            int before = client.frames().size();

            studio.faults().sendMalformedJson(A);
            studio.publish(A, TestEvents.order(A, 1));

            client.awaitSequence(A, 1);
            List<TestClient.Received> after = client.received().subList(before, client.received().size());
            assertThat(after).hasSize(2);
            assertThat(after.get(0).json()).as("not JSON: " + after.get(0).text()).isNull();
            assertThat(after.get(0).text()).startsWith("{");
            assertThatThrownBy(() -> TestClient.parse(after.get(0).text())).isInstanceOf(AssertionError.class);
            assertThat(other.frames()).as("only the account's subscribers").hasSize(2);
        }
    }

    @Test
    void unknownTypeArrivesAsAWellFormedUnsequencedFrame() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            studio.faults().sendUnknownType(A, "from-the-future");

            JsonNode unknown = client.awaitMessage(TestClient.ofType("from-the-future"));
            assertThat(unknown.path("timestamp").isIntegralNumber()).isTrue();
            assertThat(unknown.has("sequence")).isFalse();
        }
    }

    @Test
    void anOversizedFrameArrivesWhole() {
        int size = 2 * 1024 * 1024;
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            studio.faults().sendOversizedFrame(A, size);
            studio.publish(A, TestEvents.order(A, 1));

            client.awaitSequence(A, 1);
            TestClient.Received big = client.received().stream().filter(r -> r.text().length() >= size)
                    .findFirst().orElseThrow();
            assertThat(big.json()).as("well-formed").isNotNull();
            assertThat(TestClient.type(big.json())).isEqualTo("heartbeat");
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void sendRawSendsAnyTextToTheAccountsSubscribers() {
        try (StudioSimulator studio = Studios.builder().start();
                TestClient client = TestClient.subscribed(studio, Studios.token1(studio), A)) {
            String frame = "{\"timestamp\":1,\"extra\":true,\"payload\":{\"type\":\"heartbeat\",\"details\":\"hi\"}}";
            studio.faults().sendRaw(A, frame);
            await().atMost(WAIT).until(() -> client.frames().contains(frame));
        }
    }
}
