package dev.camelstudio.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** The harness's {@code key=value} arguments, each with its default (benchmarks/README.md lists them). */
final class Arguments {

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("replay", "100000"), // messages in the day replayed to one account
            Map.entry("live", "100000"), // messages at saturation, in total, for 1 and for 100 accounts
            Map.entry("latency", "30000"), // messages at the fixed rate; the first fifth is warm-up
            Map.entry("rate", "10000"), // the fixed rate, messages per second
            Map.entry("scale", "1000"), // accounts for threads and heap
            Map.entry("drops", "100"), // connection drops for drop-to-next-message
            Map.entry("simulator", "9000"), // messages the simulator sends over wss and over ws, for its own cost
            Map.entry("rounds", "3"), // runs of each throughput figure, interleaved across clients; median shown
            Map.entry("clients", ""), // only the clients whose name contains one of these, comma-separated
            Map.entry("profile", "200000"), // live messages for each client profiled with JFR; 0: no profile
            Map.entry("jmh", "5x2000"), // JMH's warm-up and measured iterations x milliseconds; 0: no JMH
            Map.entry("jmhForks", "1"), // JMH forks; 0 runs JMH in the harness's JVM
            Map.entry("out", "RESULTS.md")); // the report; its charts go to results/ beside it

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    /** The defaults, overridden by {@code args}; an argument that is not {@code key=value} of a known key fails. */
    static Arguments parse(String... args) {
        Map<String, String> values = new HashMap<>(DEFAULTS);
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2 || !DEFAULTS.containsKey(pair[0])) {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'; the arguments and their defaults: "
                        + DEFAULTS);
            }
            values.put(pair[0], pair[1]);
        }
        return new Arguments(values);
    }

    String text(String key) {
        return values.get(key);
    }

    int size(String key) {
        return Integer.parseInt(values.get(key));
    }

    /** Every argument, defaults included, for the report. */
    Map<String, String> asMap() {
        return values;
    }
}
