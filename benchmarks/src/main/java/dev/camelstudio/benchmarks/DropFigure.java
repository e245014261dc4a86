package dev.camelstudio.benchmarks;

import java.time.Duration;

import dev.camelstudio.studio.StudioTransport;

import org.HdrHistogram.Histogram;

/**
 * Drop to next message: camel-studio json on a shared connection; the server resets every TCP connection
 * {@code drops} times and, after each reconnect, replays the day and sends one new message; the time from the reset to
 * that message's delivery.
 */
final class DropFigure implements Figure {

    private final Bench bench;

    DropFigure(Bench bench) {
        this.bench = bench;
    }

    @Override
    public void measure(Results results) throws Exception {
        int drops = bench.arguments.size("drops");
        LeanStudioServer server = bench.server;
        server.newAccounts(10, false);
        server.liveAfterReplay(1);
        Histogram histogram = new Histogram(3);
        Delivery delivery = new Delivery();
        try (BenchClient client = new StudioClient(StudioTransport.TYRUS, "json", true)) {
            client.start(server.url(), bench.newAccounts(1), delivery);
            Await.until(() -> delivery.count() >= 11, Duration.ofMinutes(1), "first subscribe");
            for (int i = 0; i < drops; i++) {
                long expected = delivery.count() + 1;
                delivery.mark();
                long dropped = System.nanoTime();
                server.dropAll();
                Await.until(() -> delivery.count() >= expected, Duration.ofMinutes(1), "message after drop " + i);
                histogram.recordValue((delivery.firstAfterMark() - dropped) / 1_000_000);
            }
        } finally {
            server.liveAfterReplay(0);
        }
        results.drops = histogram;
        results.reconnectDelayMillis = StudioClient.RECONNECT_DELAY.toMillis();
    }
}
