package dev.camelstudio.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Latency: one account, {@code latency} messages paced at {@code rate} per second; each delivery minus the server's
 * send stamp of its sequence, the first fifth left out as warm-up.
 */
final class LatencyFigure implements Figure {

    private final Bench bench;

    LatencyFigure(Bench bench) {
        this.bench = bench;
    }

    @Override
    public void measure(Results results) throws Exception {
        int messages = bench.arguments.size("latency");
        int rate = bench.arguments.size("rate");
        LeanStudioServer server = bench.server;
        for (Supplier<BenchClient> factory : bench.clients()) {
            server.newAccounts(0, true);
            Delivery delivery = new Delivery();
            try (BenchClient client = factory.get()) {
                int acks = server.acks();
                List<String> account = bench.newAccounts(1);
                client.start(server.url(), account, delivery);
                Await.until(() -> server.acks() > acks, Duration.ofMinutes(1), "subscribe of " + client.name());
                delivery.measureLatency(server.stampsOf(account.get(0)), messages / 5 + 1);
                server.startLive(messages, rate);
                Await.until(() -> delivery.count() >= messages, Duration.ofMinutes(2),
                        "latency run of " + client.name());
                results.latency.put(client.name(), delivery.latency());
            }
        }
    }
}
