package dev.camelstudio.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import dev.camelstudio.studio.StudioTransport;

/**
 * Scale: camel-studio json on a shared connection, no client, then 1 and {@code scale} accounts with a day of 10
 * messages each: settled live threads and heap, and the time from start to every replay delivered.
 */
final class ScaleFigure implements Figure {

    private static final int DAY = 10;

    private final Bench bench;

    ScaleFigure(Bench bench) {
        this.bench = bench;
    }

    @Override
    public void measure(Results results) throws Exception {
        int accounts = bench.arguments.size("scale");
        bench.server.newAccounts(DAY, false);
        long heapNone = settledHeap();
        int threadsNone = settledThreads();
        int[] threads = new int[2];
        long[] heap = new long[2];
        long[] millis = new long[2];
        int[] counts = {1, accounts};
        for (int i = 0; i < counts.length; i++) {
            int count = counts[i];
            Delivery delivery = new Delivery();
            try (BenchClient client = new StudioClient(StudioTransport.TYRUS, "json", true)) {
                long start = System.nanoTime();
                client.start(bench.server.url(), bench.newAccounts(count), delivery);
                Await.until(() -> delivery.count() >= (long) count * DAY, Duration.ofMinutes(2), "scale " + count);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                threads[i] = ThreadCost.liveThreads();
                heap[i] = settledHeap();
            }
            settledThreads();
        }
        results.scale = new Results.Scale(accounts, threadsNone, threads[0], threads[1], heapNone, heap[0], heap[1],
                millis[0], millis[1]);
    }

    /**
     * The heap in use once garbage is gone: full collections until one frees less than a megabyte (what closed
     * clients leave behind can take a few, as their threads end and their buffers are released).
     */
    private static long settledHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(100);
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used - now < (1 << 20)) {
                return Math.min(used, now);
            }
            used = now;
        }
        return used;
    }

    /**
     * The live thread count once the threads of closed clients have ended: first the selector threads of the JDK's
     * HTTP clients that earlier figures' JDK clients left behind (on Java 17 such a thread ends only within 3 s of
     * its client being collected, hence the collections), then any, the count unchanged for half a second.
     */
    private static int settledThreads() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jdkHttpClientThreads() > 0 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(100);
        }
        int threads = ThreadCost.liveThreads();
        long stableSince = System.nanoTime();
        deadline = stableSince + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() - stableSince < Duration.ofMillis(500).toNanos() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            int now = ThreadCost.liveThreads();
            if (now != threads) {
                threads = now;
                stableSince = System.nanoTime();
            }
        }
        return threads;
    }

    private static long jdkHttpClientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("HttpClient-")).count();
    }
}
