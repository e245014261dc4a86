package dev.camelstudio.benchmarks;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One live-saturation run: once every account is subscribed, live messages as fast as the server writes them, shared
 * evenly by the accounts; measured from the start of the stream to the last delivery.
 */
final class Saturation {

    private final Bench bench;

    Saturation(Bench bench) {
        this.bench = bench;
    }

    Run measure(Supplier<BenchClient> factory, int accounts, int messages) throws Exception {
        LeanStudioServer server = bench.server;
        server.newAccounts(0, false);
        int perAccount = messages / accounts;
        int total = perAccount * accounts;
        Delivery delivery = new Delivery();
        try (BenchClient client = factory.get()) {
            int acks = server.acks();
            client.start(server.url(), bench.newAccounts(accounts), delivery);
            Await.until(() -> server.acks() >= acks + accounts, Duration.ofMinutes(1),
                    "subscribes of " + client.name());
            ThreadCost.Snapshot before = ThreadCost.clientThreads();
            long start = System.nanoTime();
            server.startLive(perAccount, 0);
            Await.until(() -> delivery.count() >= total, Duration.ofMinutes(2), "live messages of " + client.name());
            long[] cost = ThreadCost.clientThreads().since(before);
            return new Run(total * 1e9 / (delivery.lastNanos() - start), cost[0] / 1e3 / total,
                    (double) cost[1] / total);
        }
    }
}
