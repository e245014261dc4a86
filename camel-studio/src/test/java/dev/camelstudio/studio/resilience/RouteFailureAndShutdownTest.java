package dev.camelstudio.studio.resilience;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import dev.camelstudio.simulator.camel.SimulatorTls;
import dev.camelstudio.studio.StudioConstants;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens to messages whose route did not complete: stopped while behind (the buffer is not acknowledged, the
 * next start's replay brings it back), and a failing route with and without breakOnFirstError.
 */
class RouteFailureAndShutdownTest extends ResilienceTestSupport {

    private static final String POSITIONS = "positions";

    @TempDir
    Path stateDirectory;

    private FileStateRepository positionsOnFile() {
        return FileStateRepository.fileStateRepository(stateDirectory.resolve("positions.dat").toFile());
    }

    /** A new application: its own CamelContext, the simulator's trust, a new repository on the positions file. */
    private CamelContext application(RouteBuilder routes, int shutdownTimeoutSeconds) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        SimulatorTls.bindTo(camel.getRegistry());
        camel.getRegistry().bind(POSITIONS, positionsOnFile());
        camel.getShutdownStrategy().setTimeout(shutdownTimeoutSeconds);
        camel.addRoutes(routes);
        camel.start();
        return camel;
    }

    private CamelContext application(RouteBuilder routes) throws Exception {
        return application(routes, 10);
    }

    /** A route that takes a while per message, as one writing to a slow system would. */
    private RouteBuilder slowRoute(String uri, Duration perMessage) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE)
                        .process(exchange -> LockSupport.parkNanos(perMessage.toNanos()))
                        .process(received);
            }
        };
    }

    @Test
    void stoppingASlowRouteWhileBehindLosesNothingAndRepeatsNothing() throws Exception {
        long published = publish(ACCOUNT, 300);
        String uri = uri(ACCOUNT, "sequenceStateRepository=#" + POSITIONS);
        try (CamelContext first = application(slowRoute(uri, Duration.ofMillis(5)), 1)) {
            await().atMost(PATIENCE).until(() -> received.count(ACCOUNT) >= 20);
            first.stop();
        }
        int deliveredBeforeStop = received.count(ACCOUNT);
        assertThat(deliveredBeforeStop).isLessThan((int) published);

        try (CamelContext second = application(routes(ROUTE, ACCOUNT, "sequenceStateRepository=#" + POSITIONS))) {
            // Across both runs, 1..300 each exactly once and in order: what was buffered at the stop came again.
            assertExactlyOnceInOrder(ACCOUNT);
        }
    }

    @Test
    void aFileStateRepositoryNobodyStartedCarriesThePositionAcrossAContextRestart() throws Exception {
        publish(ACCOUNT, 20);
        try (CamelContext first = application(routes(ROUTE, ACCOUNT, "sequenceStateRepository=#" + POSITIONS))) {
            assertExactlyOnceInOrder(ACCOUNT);
        }
        publish(ACCOUNT, 10);
        try (CamelContext second = application(routes(ROUTE, ACCOUNT, "sequenceStateRepository=#" + POSITIONS))) {
            publish(ACCOUNT, 10);
            // 1..40 each once: the second application delivered only the 20 the first had not.
            assertExactlyOnceInOrder(ACCOUNT);
        }
        assertThat(logs.text()).contains("after saved position");
    }

    /** A route whose processing of {@code failing} fails {@code times} times, then succeeds. */
    private RouteBuilder failingRoute(String uri, long failing, int times, Map<Long, AtomicInteger> attempts) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE)
                        .process(exchange -> {
                            long sequence = exchange.getMessage().getHeader(StudioConstants.SEQUENCE, Long.class);
                            int attempt =
                                    attempts.computeIfAbsent(sequence, s -> new AtomicInteger()).incrementAndGet();
                            if (sequence == failing && attempt <= times) {
                                throw new IllegalStateException("downstream refused sequence " + sequence);
                            }
                        })
                        .process(received);
            }
        };
    }

    @Test
    void breakOnFirstErrorOffersTheFailedMessageAgainInOrder() throws Exception {
        Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();
        publish(ACCOUNT, 10);
        context.addRoutes(failingRoute(uri(ACCOUNT, "breakOnFirstError=true"), 5, 2, attempts));
        publish(ACCOUNT, 10);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(attempts.get(5L)).hasValue(3);
        assertThat(consumer(ROUTE).getConnections()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void withoutBreakOnFirstErrorAFailedMessageIsSkipped() throws Exception {
        Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();
        publish(ACCOUNT, 10);
        context.addRoutes(failingRoute(uri(ACCOUNT), 5, 1, attempts));
        long last = lastPublished(ACCOUNT);
        await().atMost(PATIENCE).until(() -> received.last(ACCOUNT) >= last);
        List<Long> expected = new ArrayList<>();
        for (long sequence = 1; sequence <= last; sequence++) {
            if (sequence != 5) {
                expected.add(sequence);
            }
        }
        SequenceCheck.assertExactly(ACCOUNT, received.sequences(ACCOUNT), expected);
        assertThat(attempts.get(5L)).hasValue(1);
        assertThat(logs.text()).contains("downstream refused sequence 5");
    }
}
