package dev.camelstudio.studio;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.support.LogCapture;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.engine.PooledExchangeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer under Camel's pooled exchange factory ({@code camel.main.exchangeFactory=pooled}): every Exchange it
 * takes from the pool goes back, whether the route completed it, failed it (skipped, or held back with
 * breakOnFirstError) or was stopped while it was in flight. Camel's own leak check says so: each consumer's factory
 * logs its usage when the consumer stops, with "leaks detected" when an Exchange was not released.
 */
class StudioPooledExchangesTest extends StudioCamelTestSupport {

    private static final String COMPLETES = "100000";
    private static final String SKIPS = "100001";
    private static final String BREAKS = "100002";
    private static final String STOPS = "100003";
    private static final int MESSAGES = 30;
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder.tls(false)
            .account(COMPLETES, "ACC0001")
            .account(SKIPS, "ACC0002")
            .account(BREAKS, "ACC0003")
            .account(STOPS, "ACC0004")
            .client("client", "secret", COMPLETES, SKIPS, BREAKS, STOPS));

    @RegisterExtension
    final LogCapture logs = LogCapture.eachTest();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        PooledExchangeFactory pooled = new PooledExchangeFactory();
        // Each consumer's factory counts what it created, took, released and discarded, and logs it when it stops.
        pooled.setStatisticsEnabled(true);
        camelContext.getCamelContextExtension().setExchangeFactory(pooled);
        return camelContext;
    }

    private StudioSimulator studio() {
        return simulator.simulator();
    }

    @Test
    void everyExchangeGoesBackToThePool() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        AtomicBoolean failedOnce = new AtomicBoolean();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(studio().endpointUri(COMPLETES)).routeId("completes").to("mock:completes");
                from(studio().endpointUri(SKIPS)).routeId("skips")
                        .filter(header(StudioConstants.SEQUENCE).isEqualTo(3L))
                        .throwException(new IllegalStateException("refused on purpose"))
                        .end().to("mock:skips");
                from(studio().endpointUri(BREAKS, "breakOnFirstError=true", "reconnectInitialDelay=50"))
                        .routeId("breaks").process(exchange -> {
                            if (exchange.getMessage().getHeader(StudioConstants.SEQUENCE, Long.class) == 5L
                                    && failedOnce.compareAndSet(false, true)) {
                                throw new IllegalStateException("fails once on purpose");
                            }
                        }).to("mock:breaks");
                from(studio().endpointUri(STOPS)).routeId("stops").process(exchange -> {
                    inFlight.countDown();
                    mayFinish.await();
                });
            }
        });
        for (String account : List.of(COMPLETES, SKIPS, BREAKS, STOPS)) {
            awaitSubscribed(studio(), account);
            studio().publishActivity(account, MESSAGES);
        }
        assertSequencesOneTo(getMockEndpoint("mock:completes"), MESSAGES);
        assertSequencesOneTo(getMockEndpoint("mock:breaks"), MESSAGES);
        await().atMost(PATIENCE).until(() -> getMockEndpoint("mock:skips").getReceivedCounter() == MESSAGES - 1);

        // A route stopped while an Exchange is in flight: that Exchange, and the messages behind it, go back too.
        await().atMost(PATIENCE).until(() -> inFlight.getCount() == 0);
        CompletableFuture<Void> stopping = CompletableFuture
                .runAsync(() -> stopRoute("stops"));
        StudioConsumer stops = (StudioConsumer) context.getRoute("stops").getConsumer();
        // Camel's graceful stop suspends the consumer first, then waits for the Exchange in flight.
        await().atMost(PATIENCE).until(() -> stops.isSuspendingOrSuspended() || stops.isStoppingOrStopped());
        mayFinish.countDown();
        stopping.join();
        for (String route : List.of("completes", "skips", "breaks")) {
            stopRoute(route);
        }

        List<String> usage = logs.lines().stream().filter(line -> line.contains(" usage ")).toList();
        assertThat(usage).as("the factories' usage summaries").hasSize(4)
                .allSatisfy(line -> assertThat(line).contains("studio://activity").doesNotContain("leaks detected"))
                .anySatisfy(line -> assertThat(line).containsPattern("acquired: [1-9]"));
    }

    private void stopRoute(String routeId) {
        try {
            context.getRouteController().stopRoute(routeId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
