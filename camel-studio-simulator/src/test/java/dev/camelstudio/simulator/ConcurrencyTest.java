package dev.camelstudio.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import dev.camelstudio.simulator.support.Studios;
import dev.camelstudio.simulator.support.TestClient;
import dev.camelstudio.simulator.support.TestEvents;

import org.junit.jupiter.api.Test;

import static dev.camelstudio.simulator.support.Studios.A;
import static dev.camelstudio.simulator.support.Studios.B;
import static dev.camelstudio.simulator.support.Studios.C;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several clients on several accounts while another thread publishes: every client sees, per account, each sequence
 * from 1 exactly once and in order, across its replay and the live stream.
 */
class ConcurrencyTest {

    private static final int EVENTS = 2_100;
    private static final List<String> ACCOUNTS = List.of(A, B, C);

    /** Which accounts each client subscribes to, in the order it subscribes. */
    private static final List<List<String>> SUBSCRIPTIONS = List.of(
            List.of(A, B, C),
            List.of(B),
            List.of(C, A),
            List.of(A, B, C));

    @Test
    void everyClientSeesEverySequenceOfEachOfItsAccountsExactlyOnceInOrder() throws Exception {
        try (StudioSimulator studio = Studios.builder().client("all", "all-secret", A, B, C)
                .heartbeatInterval(Duration.ofMillis(50)).start()) {
            String token = TestClient.fetchToken(studio, "all", "all-secret");
            int clients = SUBSCRIPTIONS.size();
            List<CountDownLatch> subscribing = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                subscribing.add(new CountDownLatch(1));
            }

            // The publisher goes round the accounts; at each quarter of the run it waits until the next client's
            // subscribes are on their way, then carries on, so that each client subscribes in the middle of a burst.
            // Its own thread, not the common pool: it blocks on the latches, and the JDK's WebSocket client may need
            // the common pool to complete the very connects it waits for (a deadlock on 2 cores).
            ExecutorService publishing = Executors.newSingleThreadExecutor();
            CompletableFuture<Void> publisher = CompletableFuture.runAsync(() -> {
                for (int n = 0; n < EVENTS; n++) {
                    int client = n / (EVENTS / clients);
                    if (n % (EVENTS / clients) == 0 && client < clients) {
                        await(subscribing.get(client));
                    }
                    String account = ACCOUNTS.get(n % ACCOUNTS.size());
                    studio.publish(account, n % 5 == 0 ? TestEvents.buyingPower(account, n)
                            : TestEvents.order(account, n));
                }
            }, publishing);

            List<TestClient> connected = new ArrayList<>();
            try {
                for (int i = 0; i < clients; i++) {
                    TestClient client = TestClient.connect(studio);
                    connected.add(client);
                    for (String account : SUBSCRIPTIONS.get(i)) {
                        client.subscribe(token, account);
                    }
                    subscribing.get(i).countDown();
                }
                publisher.get(30, TimeUnit.SECONDS);

                Map<String, Long> last = Map.of(A, studio.ledger(A).lastSequence(), B, studio.ledger(B).lastSequence(),
                        C, studio.ledger(C).lastSequence());
                assertThat(last.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(EVENTS);
                for (int i = 0; i < clients; i++) {
                    TestClient client = connected.get(i);
                    for (String account : SUBSCRIPTIONS.get(i)) {
                        long n = last.get(account);
                        assertThat(client.awaitSequence(account, n))
                                .as("client %d, account %s", i, account)
                                .isEqualTo(LongStream.rangeClosed(1, n).boxed().toList());
                    }
                    for (String account : ACCOUNTS) {
                        if (!SUBSCRIPTIONS.get(i).contains(account)) {
                            assertThat(client.sequences(account)).as("client %d, account %s", i, account).isEmpty();
                        }
                    }
                    assertThat(client.messages("replay-complete")).hasSize(SUBSCRIPTIONS.get(i).size());
                    assertThat(client.messages("subscribe-activity-ack")).hasSize(SUBSCRIPTIONS.get(i).size())
                            .allSatisfy(ack -> assertThat(ack.path("payload").path("success").asBoolean()).isTrue());
                    assertThat(client.isClosed()).isFalse();
                }
            } finally {
                connected.forEach(TestClient::close);
                publishing.shutdownNow();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a client never subscribed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
