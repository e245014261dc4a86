package dev.camelstudio.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.HdrHistogram.Histogram;

/**
 * The figures of one harness run, as measured: what the report's tables, the targets and the chart are made from.
 * Filled by the harness's main thread only.
 */
final class Results {

    /** The throughput figures, in the order they are measured and shown. */
    enum Throughput {
        REPLAY("replay"), LIVE_ONE("live saturation, 1 account"), LIVE_HUNDRED("live saturation, 100 accounts");

        final String title;

        Throughput(String title) {
            this.title = title;
        }
    }

    /** The runs of one client for one figure, one per round. */
    record Rounds(List<Run> runs) {

        double median(ToDoubleFunction<Run> figure) {
            double[] values = sorted(figure);
            return values[values.length / 2];
        }

        double[] sorted(ToDoubleFunction<Run> figure) {
            return runs.stream().mapToDouble(figure).sorted().toArray();
        }
    }

    /** Live threads and heap after a full collection, with no client and with some accounts. */
    record Scale(int accounts, int threadsNone, int threadsOne, int threadsMany, long heapNone, long heapOne,
            long heapMany, long oneMillis, long manyMillis) {
    }

    /** What the simulator's threads spent per message over one transport. */
    record SimulatorCost(String transport, double cpuMicros, double bytes, double perSecond) {
    }

    /** The client names, in {@link Clients}' order. */
    final List<String> clients = new ArrayList<>();
    final Map<Throughput, List<Rounds>> throughput = new LinkedHashMap<>();
    int replayMessages;
    /** Accounts moved off the shared connection during the replays, summed over every shared-connection client. */
    long sharedReplayMoves;
    final Map<String, Histogram> latency = new LinkedHashMap<>();
    Scale scale;
    Histogram drops;
    long reconnectDelayMillis;
    final List<SimulatorCost> simulator = new ArrayList<>();
    /** Each profiled client's cost by layer, by client name, in the order profiled. */
    final Map<String, Map<CpuProfile.Layer, CpuProfile.Cost>> profile = new LinkedHashMap<>();
    List<HotPathFigure.Row> hotPath = List.of();

    /** The index of the first client whose name contains {@code word}, or -1. */
    int client(String word) {
        for (int i = 0; i < clients.size(); i++) {
            if (clients.get(i).contains(word)) {
                return i;
            }
        }
        return -1;
    }

    /** The first profiled client whose name contains {@code word}, or null. */
    String profiled(String word) {
        return profile.keySet().stream().filter(name -> name.contains(word)).findFirst().orElse(null);
    }

    /**
     * A profiled client's shares by layer applied to its median of the live saturation, 1 account, table (measured
     * without a recording, and steadier than a recording's run); null when the client was not profiled or that table
     * not measured.
     */
    Map<CpuProfile.Layer, CpuProfile.Cost> profileScaled(String word) {
        String profiledClient = profiled(word);
        List<Rounds> live = throughput.get(Throughput.LIVE_ONE);
        if (profiledClient == null || live == null) {
            return null;
        }
        Map<CpuProfile.Layer, CpuProfile.Cost> costs = profile.get(profiledClient);
        Rounds rounds = live.get(clients.indexOf(profiledClient));
        double cpu = rounds.median(Run::cpuMicros) / CpuProfile.total(costs, CpuProfile.Cost::cpuMicros);
        double bytes = rounds.median(Run::bytes) / CpuProfile.total(costs, CpuProfile.Cost::bytes);
        Map<CpuProfile.Layer, CpuProfile.Cost> scaled = new EnumMap<>(CpuProfile.Layer.class);
        costs.forEach((layer, cost) -> scaled.put(layer,
                new CpuProfile.Cost(cost.cpuMicros() * cpu, cost.bytes() * bytes)));
        return scaled;
    }

    /**
     * What a Camel route with nothing decoded costs per message over the WebSocket transport: the Camel layer of the
     * bare JDK client (an Exchange through a ProducerTemplate into a no-op route), in µs; NaN when not profiled.
     */
    double camelExchangeMicros() {
        Map<CpuProfile.Layer, CpuProfile.Cost> jdk = profileScaled(JdkWebSocketClient.BARE_NAME);
        return jdk == null ? Double.NaN : jdk.get(CpuProfile.Layer.CAMEL).cpuMicros();
    }

    /** The JMH row of {@code benchmark}, or null when JMH did not run it. */
    HotPathFigure.Row hotPathRow(String benchmark) {
        return hotPath.stream().filter(row -> row.benchmark().equals(benchmark)).findFirst().orElse(null);
    }

    /** The camel-studio clients' indexes. */
    List<Integer> studioClients() {
        List<Integer> studio = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            if (clients.get(i).startsWith(StudioClient.NAME_PREFIX)) {
                studio.add(i);
            }
        }
        return studio;
    }
}
