package dev.camelstudio.studio;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
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

    /** Messages per publishing step while the route is blocked. */
    private static final int CHUNK = 500;
    /** A step that has not come back for this long is held back by the server, not merely slow. */
    private static final Duration HELD_BACK = Duration.ofSeconds(1);

    private final CountDownLatch routeMayGoOn = new CountDownLatch(1);
    private final AtomicBoolean keepPublishing = new AtomicBoolean(true);

    /** A failed test must not leave the route or the publisher blocked for the context's stop. */
    @AfterEach
    void letEverythingGoOn() {
        keepPublishing.set(false);
        routeMayGoOn.countDown();
    }

    @Test
    void aBlockedRouteHoldsThePublisherBackAndLosesNothing() throws Exception {
        StudioSimulator studio = simulator.simulator();
        InOrderCount delivered = new InOrderCount();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // A slow route that never moves during the test: only back-pressure can hold the publisher.
                from(studio.endpointUri(ACCOUNT, "slowRouteTimeout=10m"))
                        .process(exchange -> routeMayGoOn.await())
                        .process(delivered);
            }
        });
        awaitSubscribed(studio, ACCOUNT);

        // Its own thread: publishing blocks on purpose, and must not hold a thread of the common pool. It publishes
        // until it is held back, however much the kernel's socket buffers take first (loopback buffers grow to
        // tens of megabytes on some machines).
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        ExecutorService publisher = Executors.newSingleThreadExecutor();
        CompletableFuture<Long> publishing = CompletableFuture.supplyAsync(() -> {
            long last = 0;
            while (keepPublishing.get()) {
                last = studio.publishActivity(ACCOUNT, CHUNK);
                lastProgress.set(System.nanoTime());
            }
            return last;
        }, publisher);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> System.nanoTime() - lastProgress.get() > HELD_BACK.toNanos());
        assertThat(publishing).isNotDone();

        keepPublishing.set(false);
        routeMayGoOn.countDown();
        long published = publishing.get();
        publisher.shutdown();
        await().atMost(Duration.ofSeconds(60)).until(() -> delivered.count() >= published);
        assertThat(delivered.outOfOrder()).isEmpty();
        assertThat(delivered.count()).isEqualTo(published);
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

    /** Counts Exchanges and notes the first sequence that is not the one after the last, without keeping them. */
    private static final class InOrderCount implements Processor {
        private final AtomicLong last = new AtomicLong();
        private final AtomicReference<String> outOfOrder = new AtomicReference<>();

        @Override
        public void process(Exchange exchange) {
            long sequence = exchange.getMessage().getHeader(StudioConstants.SEQUENCE, Long.class);
            long previous = last.getAndSet(sequence);
            if (sequence != previous + 1) {
                outOfOrder.compareAndSet(null, sequence + " after " + previous);
            }
        }

        long count() {
            return last.get();
        }

        Optional<String> outOfOrder() {
            return Optional.ofNullable(outOfOrder.get());
        }
    }
}
