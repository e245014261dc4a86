package dev.camelstudio.studio;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A route that stops processing stops the reading: the server's publisher is held back (the simulator's send budget
 * is small) instead of the consumer buffering, and once the route goes on everything arrives, in order. A burst into
 * a fast route (the day's replay) is absorbed by the same back-pressure, without moving the account.
 */
class StudioBackPressureTest extends StudioCamelTestSupport {

    private static final String ACCOUNT = "100000";
    private static final int MESSAGES = 20_000;

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .tls(tls())
            .account(ACCOUNT, "ACC0001")
            .client("client", "secret", ACCOUNT)
            .sendBudget(100)
            .frameRecordCapacity(0));

    private final CountDownLatch routeMayGoOn = new CountDownLatch(1);

    @Test
    void aBlockedRouteHoldsThePublisherBackAndLosesNothing() throws Exception {
        StudioSimulator studio = simulator.simulator();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio.endpointUri(ACCOUNT))
                        .process(exchange -> routeMayGoOn.await())
                        .to("mock:out");
            }
        });
        awaitSubscribed(studio, ACCOUNT);

        // Its own thread: publishing blocks on purpose, and must not hold a thread of the common pool.
        ExecutorService publisher = Executors.newSingleThreadExecutor();
        CompletableFuture<Long> publishing = CompletableFuture.supplyAsync(
                () -> studio.publishActivity(ACCOUNT, MESSAGES), publisher);
        // Socket buffers take some frames, the send budget 100 more; then the publisher must wait for the route.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> !publishing.isDone());

        routeMayGoOn.countDown();
        assertThat(publishing.get()).isEqualTo(MESSAGES);
        publisher.shutdown();
        assertSequencesOneTo(getMockEndpoint("mock:out"), MESSAGES);
    }

    @Test
    void aDayReplayIntoAFastRouteFillsItsBufferOnlyForMomentsAndMovesNothing() throws Exception {
        StudioSimulator studio = simulator.simulator();
        studio.publishActivity(ACCOUNT, MESSAGES);
        // A buffer of 10 fills again and again during the replay: the reader waits for the route each time.
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio.endpointUri(ACCOUNT, "deliveryBufferSize=10")).routeId("replayed").to("mock:out");
            }
        });

        assertSequencesOneTo(getMockEndpoint("mock:out"), MESSAGES);
        StudioConsumer consumer = (StudioConsumer) context.getRoute("replayed").getConsumer();
        assertThat(consumer.snapshot().counters().slowRouteMoves()).isZero();
        assertThat(consumer.getConnections()).isEqualTo(1);
        assertThat(studio.openConnections()).isEqualTo(1);
    }
}
