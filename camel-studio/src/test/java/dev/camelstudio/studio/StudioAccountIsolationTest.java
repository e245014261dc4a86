package dev.camelstudio.studio;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;
import dev.camelstudio.studio.support.StudioCamelTestSupport;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One account's slow route does not hold up the other accounts on its shared connection: two accounts at 60 messages
 * a second each, one route taking 100 ms per message (a slow database write). Once the slow account's buffer is full,
 * the shared reader waits for it at most slowRouteTimeout (1 s by default) before the account moves to a connection
 * of its own; the other account's messages reach its route at most 2 s after Studio sent them, throughout.
 */
class StudioAccountIsolationTest extends StudioCamelTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(StudioAccountIsolationTest.class);

    private static final String SLOW = "100000";
    private static final String FAST = "100001";
    private static final Duration BOUND = Duration.ofSeconds(2);

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .tls(tls())
            .account(SLOW, "ACC0001")
            .account(FAST, "ACC0002")
            .client("client", "secret", SLOW, FAST)
            .frameRecordCapacity(0));

    /** How late each of the fast account's messages reached its route, after Studio's timestamp. */
    private final List<Duration> lags = new CopyOnWriteArrayList<>();

    private StudioSimulator studio() {
        return simulator.simulator();
    }

    @Test
    void aSlowRouteDelaysNoOtherAccountOnItsConnectionByMoreThanTwoSeconds() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // The defaults but for a small buffer, so that it fills within a second rather than twenty.
                from(studio().endpointUri(SLOW, "deliveryBufferSize=50")).routeId("slow")
                        // The slow database write: this route's own work, not a test waiting for something.
                        .process(exchange -> TimeUnit.MILLISECONDS.sleep(100));
                from(studio().endpointUri(FAST)).routeId("fast")
                        .process(exchange -> lags.add(Duration.between(
                                exchange.getMessage().getHeader(StudioConstants.TIMESTAMP, Instant.class),
                                Instant.now())));
            }
        });
        awaitSubscribed(studio(), SLOW);
        awaitSubscribed(studio(), FAST);
        assertThat(studio().openConnections()).isEqualTo(1);

        studio().startGenerator(60);
        try {
            // The slow account fills its buffer (50 at a net 50 a second), uses up its second, and moves.
            await().atMost(Duration.ofSeconds(20)).until(() -> studio().openConnections() == 2);
            int atMove = lags.size();
            await().atMost(Duration.ofSeconds(20)).until(() -> lags.size() > atMove + 120);
        } finally {
            studio().stopGenerator();
        }

        Duration worst = lags.stream().max(Duration::compareTo).orElseThrow();
        LOG.info("The fast account's worst lag over {} messages: {} ms", lags.size(), worst.toMillis());
        assertThat(worst).as("the fast account's worst lag over %d messages", lags.size()).isLessThan(BOUND);
        StudioConsumer slow = (StudioConsumer) context.getRoute("slow").getConsumer();
        assertThat(slow.snapshot().counters().slowRouteMoves()).isEqualTo(1);
    }
}
