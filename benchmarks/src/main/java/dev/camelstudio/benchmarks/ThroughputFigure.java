package dev.camelstudio.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.camelstudio.benchmarks.Results.Rounds;
import dev.camelstudio.benchmarks.Results.Throughput;

/**
 * Replay, and live saturation of 1 and of 100 accounts: throughput and client cost, {@code rounds} times, the rounds
 * interleaved across the clients so that a slow moment of the machine does not fall on one client only.
 */
final class ThroughputFigure implements Figure {

    private final Bench bench;
    private final Replay replay;
    private final Saturation saturation;

    ThroughputFigure(Bench bench) {
        this.bench = bench;
        this.replay = new Replay(bench);
        this.saturation = new Saturation(bench);
    }

    @Override
    public void measure(Results results) throws Exception {
        int rounds = bench.arguments.size("rounds");
        int replayed = bench.arguments.size("replay");
        int live = bench.arguments.size("live");
        results.replayMessages = replayed;
        List<Supplier<BenchClient>> clients = bench.clients();
        for (Throughput figure : Throughput.values()) {
            List<Rounds> byClient = new ArrayList<>();
            clients.forEach(c -> byClient.add(new Rounds(new ArrayList<>())));
            results.throughput.put(figure, byClient);
        }
        for (int round = 0; round < rounds; round++) {
            for (int c = 0; c < clients.size(); c++) {
                runs(results, Throughput.REPLAY, c).add(replay.measure(clients.get(c), replayed));
                runs(results, Throughput.LIVE_ONE, c).add(saturation.measure(clients.get(c), 1, live));
                runs(results, Throughput.LIVE_HUNDRED, c).add(saturation.measure(clients.get(c), 100, live));
                System.out.println("round " + (round + 1) + ": " + results.clients.get(c) + " done");
            }
        }
        results.sharedReplayMoves = replay.sharedConnectionMoves();
    }

    private static List<Run> runs(Results results, Throughput figure, int client) {
        return results.throughput.get(figure).get(client).runs();
    }
}
