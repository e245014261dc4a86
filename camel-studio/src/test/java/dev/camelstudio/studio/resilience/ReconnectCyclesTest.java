package dev.camelstudio.studio.resilience;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;

import dev.camelstudio.simulator.recording.SimulatorCounters.Counter;
import dev.camelstudio.studio.StudioConsumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hundred drops in a row, each awaited until the consumer is live again: every message still arrives once and in
 * order, and the reconnects leave nothing behind: no threads beyond a small constant, no heap growth beyond a generous
 * bound once the garbage is collected.
 */
class ReconnectCyclesTest extends ResilienceTestSupport {

    private static final int CYCLES = 100;
    private static final int WARM_UP = 5;
    private static final int THREAD_SLACK = 8;
    private static final long HEAP_SLACK = 64L * 1024 * 1024;

    @Test
    void aHundredReconnectsLeakNeitherThreadsNorMemory() throws Exception {
        // Short delays: the attempt count only resets after heartbeatTimeout live, so back-to-back drops back off.
        consume(ROUTE, ACCOUNT, "reconnectInitialDelay=10", "reconnectMaxDelay=50");
        publish(ACCOUNT, 20);
        awaitLive(ROUTE);
        StudioConsumer consumer = consumer(ROUTE);
        // Warm up: class loading, pools and the simulator's server threads reach their steady state.
        dropAndAwaitReconnect(consumer, WARM_UP);
        int threadsBefore = liveThreads();
        long heapBefore = usedHeapAfterGc();

        dropAndAwaitReconnect(consumer, CYCLES);

        publish(ACCOUNT, 20);
        assertExactlyOnceInOrder(ACCOUNT);
        assertThat(counter(Counter.CONNECTIONS_DROPPED)).isEqualTo(WARM_UP + CYCLES);
        assertThat(consumer.getConnections()).isGreaterThanOrEqualTo(1 + WARM_UP + CYCLES);
        await("threads back near " + threadsBefore).atMost(PATIENCE)
                .untilAsserted(() -> assertThat(liveThreads()).as("live threads, now %s", threadNames())
                        .isLessThanOrEqualTo(threadsBefore + THREAD_SLACK));
        await("heap back near " + heapBefore / (1024 * 1024) + " MiB").atMost(PATIENCE)
                .until(() -> usedHeapAfterGc() <= heapBefore + HEAP_SLACK);
    }

    /**
     * Drops the connection {@code times} times, each time waiting until the consumer is live on a new one. Each drop
     * first waits until the simulator holds a connection open: on a loaded machine one drop of a run found none to
     * cut (104 drops counted of 105) although the consumer had reported itself live on a new connection, so it was
     * between two of them; the drop must cut a connection for the cycle to count.
     */
    private void dropAndAwaitReconnect(StudioConsumer consumer, int times) {
        for (int i = 0; i < times; i++) {
            long connections = consumer.getConnections();
            publish(ACCOUNT, 3);
            await("an open connection to drop").atMost(PATIENCE).until(() -> studio().openConnections() == 1);
            faults().dropConnections();
            awaitLiveAgain(ROUTE, connections);
        }
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** Thread names grouped without their numbers, for the failure message. */
    private static Map<String, Long> threadNames() {
        Map<String, Long> names = new TreeMap<>();
        Thread.getAllStackTraces().keySet()
                .forEach(thread -> names.merge(thread.getName().replaceAll("\\d+", "#"), 1L, Long::sum));
        return names;
    }

    @SuppressWarnings("java:S1215") // measuring the heap is what this test is about
    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
