package dev.camelstudio.benchmarks;

import java.time.Duration;
import java.util.function.Supplier;

/** One replay run: a day of messages replayed into one account, measured from the ack to the last delivery. */
final class Replay {

    private final Bench bench;
    /** Accounts moved off the shared connection during the replays measured so far, over every shared client. */
    private long sharedConnectionMoves;

    Replay(Bench bench) {
        this.bench = bench;
    }

    Run measure(Supplier<BenchClient> factory, int messages) throws Exception {
        LeanStudioServer server = bench.server;
        server.newAccounts(messages, false);
        ThreadCost.Snapshot[] before = new ThreadCost.Snapshot[1];
        long[] ackNanos = new long[1];
        server.beforeAck(() -> {
            before[0] = ThreadCost.clientThreads();
            ackNanos[0] = System.nanoTime();
        });
        Delivery delivery = new Delivery();
        try (BenchClient client = factory.get()) {
            client.start(server.url(), bench.newAccounts(1), delivery);
            Await.until(() -> delivery.count() >= messages, Duration.ofMinutes(2), "replay of " + client.name());
            long[] cost = ThreadCost.clientThreads().since(before[0]);
            if (client.name().contains("shared")) {
                sharedConnectionMoves += client.slowRouteMoves();
            }
            return new Run(messages * 1e9 / (delivery.lastNanos() - ackNanos[0]), cost[0] / 1e3 / messages,
                    (double) cost[1] / messages);
        } finally {
            server.beforeAck(() -> {
            });
        }
    }

    long sharedConnectionMoves() {
        return sharedConnectionMoves;
    }
}
