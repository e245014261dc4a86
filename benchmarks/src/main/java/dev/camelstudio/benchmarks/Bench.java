package dev.camelstudio.benchmarks;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * What the figures of one harness run share: its arguments, the one {@link LeanStudioServer} every client connects
 * to, the clients asked for, and account numbers never used before in the run (the server keeps each account's day).
 */
final class Bench {

    final Arguments arguments;
    final LeanStudioServer server;
    private int accountSerial;

    Bench(Arguments arguments, LeanStudioServer server) {
        this.arguments = arguments;
        this.server = server;
    }

    /** The clients the {@code clients} argument asks for. */
    List<Supplier<BenchClient>> clients() {
        return Clients.matching(arguments.text("clients"));
    }

    /** {@code count} accounts no figure of this run has used yet. */
    List<String> newAccounts(int count) {
        int first = ++accountSerial * 10_000;
        return IntStream.range(0, count).mapToObj(i -> String.valueOf(first + i)).toList();
    }
}
