package dev.camelstudio.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time and bytes allocated by the client's threads, from the JVM's per-thread counters
 * ({@code com.sun.management.ThreadMXBean}): every live thread except the server's ({@link LeanStudioServer},
 * the simulator) and the harness's own main thread. A thread that ends between two snapshots loses its share.
 */
final class ThreadCost {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static {
        THREADS.setThreadCpuTimeEnabled(true);
        THREADS.setThreadAllocatedMemoryEnabled(true);
    }

    /** The counters of one moment, by thread id: {cpu nanos, allocated bytes}. */
    record Snapshot(Map<Long, long[]> byThread) {

        /** CPU nanos and bytes the client's threads spent since {@code before}. */
        long[] since(Snapshot before) {
            long cpu = 0;
            long bytes = 0;
            for (Map.Entry<Long, long[]> thread : byThread.entrySet()) {
                long[] then = before.byThread.getOrDefault(thread.getKey(), new long[2]);
                cpu += thread.getValue()[0] - then[0];
                bytes += thread.getValue()[1] - then[1];
            }
            return new long[]{cpu, bytes};
        }
    }

    private ThreadCost() {
    }

    static Snapshot clientThreads() {
        return snapshot(false);
    }

    /** The server's threads only (for the simulator's own cost). */
    static Snapshot serverThreads() {
        return snapshot(true);
    }

    private static Snapshot snapshot(boolean server) {
        Map<Long, long[]> byThread = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (isServer(thread.getName()) != server || (!server && thread.getName().equals("main"))) {
                continue;
            }
            long id = thread.getId();
            long cpu = THREADS.getThreadCpuTime(id);
            long bytes = THREADS.getThreadAllocatedBytes(id);
            if (cpu >= 0 && bytes >= 0) {
                byThread.put(id, new long[]{cpu, bytes});
            }
        }
        return new Snapshot(byThread);
    }

    /** The lean server's threads, and Grizzly's server threads of the simulator's HTTP listener. */
    static boolean isServer(String threadName) {
        return threadName.startsWith(LeanStudioServer.THREAD_PREFIX) || threadName.startsWith("studio-simulator")
                || threadName.startsWith("grizzly-http-server") || threadName.startsWith("simulator");
    }

    static int liveThreads() {
        return THREADS.getThreadCount();
    }
}
