package dev.camelstudio.benchmarks;

import java.time.Duration;
import java.util.List;

import dev.camelstudio.simulator.StudioSimulator;

/**
 * The simulator's own send cost: {@code StudioSimulator} over wss and over ws to a raw Tyrus client, CPU and
 * allocation of the simulator's threads per message.
 */
final class SimulatorCostFigure implements Figure {

    private final Arguments arguments;

    SimulatorCostFigure(Arguments arguments) {
        this.arguments = arguments;
    }

    @Override
    public void measure(Results results) throws Exception {
        int messages = arguments.size("simulator");
        for (boolean tls : new boolean[]{true, false}) {
            String account = "100000";
            try (StudioSimulator simulator = StudioSimulator.builder().account(account, "ACC0001")
                    .fixedToken(Subscriptions.TOKEN, account).tls(tls).start();
                    BenchClient client = new RawTyrusClient(tls ? simulator.sslContext() : null)) {
                Delivery delivery = new Delivery();
                client.start(simulator.webSocketUrl().toString(), List.of(account), delivery);
                Await.until(() -> simulator.recorder().subscriptions().size() == 1, Duration.ofSeconds(30),
                        "subscribe");
                simulator.publishActivity(account, 100); // warm-up
                Await.until(() -> delivery.count() >= 100, Duration.ofSeconds(30), "warm-up");
                ThreadCost.Snapshot before = ThreadCost.serverThreads();
                long start = System.nanoTime();
                simulator.publishActivity(account, messages);
                Await.until(() -> delivery.count() >= 100 + messages, Duration.ofMinutes(2), "simulator messages");
                long[] cost = ThreadCost.serverThreads().since(before);
                results.simulator.add(new Results.SimulatorCost(tls ? "wss" : "ws", cost[0] / 1e3 / messages,
                        (double) cost[1] / messages, messages * 1e9 / (delivery.lastNanos() - start)));
            }
        }
    }
}
