package dev.camelstudio.benchmarks;

import java.util.ArrayList;
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

    /** The client names, raw Tyrus first and the JDK client second when they are measured. */
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
