package dev.camelstudio.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import dev.camelstudio.benchmarks.Results.Rounds;
import dev.camelstudio.benchmarks.Results.Throughput;
import dev.camelstudio.studio.StudioTransport;

import org.HdrHistogram.Histogram;

/**
 * The project's performance targets (issues 11 and 22), each checked against a run's {@link Results}: what was
 * measured, and met or not. A target whose figures were not measured in the run (a {@code clients=} filter, say) says
 * so.
 */
final class Targets {

    /** One target: what it asks, what the run measured, and whether that meets it (null: not measured). */
    record Line(String target, String measured, Boolean met) {

        String verdict() {
            return met == null ? "not measured" : met ? "**met**" : "**not met**";
        }
    }

    /** camel-studio json on the JDK transport: throughput over the hand-written peer's, at least. */
    private static final double JDK_THROUGHPUT_RATIO = 1.0;
    /** ... and client CPU per message over raw Tyrus's, at most. */
    private static final double JDK_CPU_RATIO = 1.0;
    /** ... and bytes allocated per message over raw Tyrus's, at most. */
    private static final double JDK_EXTRA_BYTES = 1_000;
    /** camel-studio json on Tyrus: CPU over the floor (Tyrus, Camel's Exchange, Jackson's decoding), at most. */
    private static final double TYRUS_MARGIN_MICROS = 1.0;
    /** The hot path's decoding over Jackson's streaming parse of the same fields, at most. */
    private static final double DECODE_MICROS = 0.3;
    private static final double DECODE_BYTES = 200;
    /** Latency at the fixed rate over the same transport's raw client, at most. */
    private static final double LATENCY_P50_MICROS = 50;
    private static final double LATENCY_P99_MICROS = 1_000;
    /** What the meters may cost per message, over the same client without a registry. */
    private static final double METER_MICROS = 0.3;
    private static final double METER_BYTES = 100;
    private static final double REPLAY_SECONDS = 3.0;
    private static final int REPLAY_TARGET_MESSAGES = 100_000;
    private static final int EXTRA_THREADS = 5;
    private static final long HEAP_BYTES = 50L << 20;
    private static final long DROP_MARGIN_MILLIS = 150;

    private final Results results;
    private final int raw;
    private final int peer;
    private final List<Integer> studio;
    /** camel-studio {@code bodyType=json}, shared and own connection, default exchanges, on each transport. */
    private final List<Integer> jdkJson;
    private final List<Integer> tyrusJson;

    private Targets(Results results) {
        this.results = results;
        this.raw = results.client("raw Tyrus");
        this.peer = results.client(JdkWebSocketClient.HAND_WRITTEN_NAME);
        this.studio = results.studioClients();
        this.jdkJson = json(StudioTransport.JDK);
        this.tyrusJson = json(StudioTransport.TYRUS);
    }

    static List<Line> check(Results results) {
        return new Targets(results).lines();
    }

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (Throughput figure : results.throughput.keySet()) {
            lines.add(jdkThroughput(figure));
            lines.add(jdkCpu(figure));
            lines.add(jdkAllocation(figure));
            lines.add(tyrusCpu(figure));
        }
        for (StudioTransport transport : StudioTransport.values()) {
            lines.add(latency(transport));
        }
        lines.add(decoding("jacksonStreaming", "Jackson's streaming parse of the header fields"));
        lines.add(decoding("handWrittenExchange", "the hand-written peer's parse into an Exchange with the "
                + "same headers"));
        lines.add(meters());
        lines.add(replayTime());
        lines.add(replayMoves());
        lines.add(scale());
        lines.add(drops());
        return lines;
    }

    private List<Integer> json(StudioTransport transport) {
        String name = StudioClient.transportName(transport) + " bodyType=json";
        return studio.stream().filter(c -> results.clients.get(c).contains(name))
                .filter(c -> !results.clients.get(c).endsWith(StudioClient.POOLED_SUFFIX)).toList();
    }

    private List<Rounds> rounds(Throughput figure) {
        return results.throughput.get(figure);
    }

    private double median(Throughput figure, int client, ToDoubleFunction<Run> f) {
        return rounds(figure).get(client).median(f);
    }

    /** The lowest and highest of these clients' medians divided by another client's median. */
    private double[] ratioRange(Throughput figure, List<Integer> clients, int other, ToDoubleFunction<Run> f) {
        double base = median(figure, other, f);
        double[] ratios = clients.stream().mapToDouble(c -> median(figure, c, f) / base).sorted().toArray();
        return new double[]{ratios[0], ratios[ratios.length - 1]};
    }

    private Line jdkThroughput(Throughput figure) {
        String target = figure.title + ": camel-studio JDK json throughput ≥ " + JDK_THROUGHPUT_RATIO
                + "× the hand-written peer, shared and own connection";
        if (peer < 0 || jdkJson.isEmpty()) {
            return new Line(target, "", null);
        }
        double[] ratio = ratioRange(figure, jdkJson, peer, Run::perSecond);
        return new Line(target, String.format("%.2f–%.2f× (the peer %,.0f msgs/s)", ratio[0], ratio[1],
                median(figure, peer, Run::perSecond)), ratio[0] >= JDK_THROUGHPUT_RATIO);
    }

    private Line jdkCpu(Throughput figure) {
        String target = figure.title + ": camel-studio JDK json client CPU per message ≤ " + JDK_CPU_RATIO
                + "× raw Tyrus";
        if (raw < 0 || jdkJson.isEmpty()) {
            return new Line(target, "", null);
        }
        double[] ratio = ratioRange(figure, jdkJson, raw, Run::cpuMicros);
        return new Line(target, String.format("%.2f–%.2f× (raw Tyrus %.1f µs)", ratio[0], ratio[1],
                median(figure, raw, Run::cpuMicros)), ratio[1] <= JDK_CPU_RATIO);
    }

    private Line jdkAllocation(Throughput figure) {
        String target = figure.title + ": camel-studio JDK json client allocation per message ≤ raw Tyrus + "
                + String.format("%,.0f", JDK_EXTRA_BYTES) + " B";
        if (raw < 0 || jdkJson.isEmpty()) {
            return new Line(target, "", null);
        }
        double base = median(figure, raw, Run::bytes);
        double worst = jdkJson.stream().mapToDouble(c -> median(figure, c, Run::bytes) - base).max().orElseThrow();
        return new Line(target, String.format("%+,.0f B at most (raw Tyrus %,.0f B)", worst, base),
                worst <= JDK_EXTRA_BYTES);
    }

    /**
     * camel-studio json on Tyrus against the floor the profile computes: raw Tyrus in this figure, plus Camel's
     * Exchange (the bare JDK client's Camel layer), plus Jackson's streaming parse of the header fields (JMH), plus
     * the margin.
     */
    private Line tyrusCpu(Throughput figure) {
        String target = String.format("%s: camel-studio Tyrus json client CPU per message ≤ raw Tyrus + Camel's "
                + "Exchange + Jackson's decoding + %.0f µs", figure.title, TYRUS_MARGIN_MICROS);
        double camel = results.camelExchangeMicros();
        HotPathFigure.Row jackson = results.hotPathRow("jacksonStreaming");
        if (raw < 0 || tyrusJson.isEmpty() || Double.isNaN(camel) || jackson == null) {
            return new Line(target, "", null);
        }
        double tyrus = median(figure, raw, Run::cpuMicros);
        double bound = tyrus + camel + jackson.nanos() / 1000 + TYRUS_MARGIN_MICROS;
        double worst = tyrusJson.stream().mapToDouble(c -> median(figure, c, Run::cpuMicros)).max().orElseThrow();
        return new Line(target, String.format("%.1f µs at most; bound %.1f µs (%.1f + %.1f + %.1f + %.0f)", worst,
                bound, tyrus, camel, jackson.nanos() / 1000, TYRUS_MARGIN_MICROS), worst <= bound);
    }

    /**
     * Latency at the fixed rate, every camel-studio client on {@code transport} against that transport's raw
     * client: raw Tyrus, or the bare JDK client.
     */
    private Line latency(StudioTransport transport) {
        String rawName = transport == StudioTransport.JDK ? JdkWebSocketClient.BARE_NAME : "raw Tyrus";
        String target = String.format("latency at the fixed rate, camel-studio %s, every client: p50 ≤ %s's + %.0f "
                + "µs, p99 ≤ its + %,.0f µs", StudioClient.transportName(transport), rawName, LATENCY_P50_MICROS,
                LATENCY_P99_MICROS);
        Histogram base = results.latency.entrySet().stream().filter(e -> e.getKey().contains(rawName))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        String prefix = StudioClient.NAME_PREFIX + " " + StudioClient.transportName(transport) + " ";
        List<Histogram> clients = results.latency.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue).toList();
        if (base == null || clients.isEmpty()) {
            return new Line(target, "", null);
        }
        double p50 = clients.stream().mapToDouble(h -> micros(h, 50) - micros(base, 50)).max().orElseThrow();
        double p99 = clients.stream().mapToDouble(h -> micros(h, 99) - micros(base, 99)).max().orElseThrow();
        return new Line(target, String.format("p50 %+,.0f µs, p99 %+,.0f µs at most (raw p50 %,.0f µs, p99 %,.0f µs)",
                p50, p99, micros(base, 50), micros(base, 99)),
                p50 <= LATENCY_P50_MICROS && p99 <= LATENCY_P99_MICROS);
    }

    private static double micros(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** The hot path with {@code bodyType=json} (JMH's {@code studioJson}) against {@code benchmark}. */
    private Line decoding(String benchmark, String what) {
        String target = String.format("hot path: studioJson ≤ %s (`%s`) + %.1f µs and + %.0f B", what, benchmark,
                DECODE_MICROS, DECODE_BYTES);
        HotPathFigure.Row studioJson = results.hotPathRow("studioJson");
        HotPathFigure.Row base = results.hotPathRow(benchmark);
        if (studioJson == null || base == null) {
            return new Line(target, "", null);
        }
        double micros = (studioJson.nanos() - base.nanos()) / 1000;
        double bytes = studioJson.bytes() - base.bytes();
        return new Line(target, String.format("%+.3f µs and %+,.0f B (%,.0f ns, %,.0f B against %,.0f ns, %,.0f B)",
                micros, bytes, studioJson.nanos(), studioJson.bytes(), base.nanos(), base.bytes()),
                micros <= DECODE_MICROS && bytes <= DECODE_BYTES);
    }

    /** The meters' cost per message: the hot path with the lag timer recording, over the same without (JMH). */
    private Line meters() {
        String target = String.format("Prometheus meters cost ≤ %.1f µs and ≤ %.0f B per message over no registry "
                + "(hot path, bodyType=json)", METER_MICROS, METER_BYTES);
        HotPathFigure.Row plain = results.hotPathRow("studioJson");
        HotPathFigure.Row metered = results.hotPathRow("studioJsonMetered");
        if (plain == null || metered == null) {
            return new Line(target, "", null);
        }
        double micros = (metered.nanos() - plain.nanos()) / 1000;
        double bytes = metered.bytes() - plain.bytes();
        return new Line(target, String.format("%+.3f µs and %+,.0f B (%.0f ns against %.0f ns)", micros, bytes,
                metered.nanos(), plain.nanos()), micros <= METER_MICROS && bytes <= METER_BYTES);
    }

    private Line replayTime() {
        String target = "a " + String.format("%,d", REPLAY_TARGET_MESSAGES)
                + "-message replay delivered within " + REPLAY_SECONDS + " s of the ack, every body mode";
        if (studio.isEmpty() || !results.throughput.containsKey(Throughput.REPLAY)) {
            return new Line(target, "", null);
        }
        double slowest = studio.stream().mapToDouble(c -> median(Throughput.REPLAY, c, Run::perSecond)).min()
                .orElseThrow();
        double seconds = REPLAY_TARGET_MESSAGES / slowest;
        String measured = String.format("%.2f s at the slowest camel-studio client's median rate", seconds);
        if (results.replayMessages != REPLAY_TARGET_MESSAGES) {
            measured += String.format(" (this run replayed %,d messages; the time is scaled)",
                    results.replayMessages);
        }
        return new Line(target, measured, seconds <= REPLAY_SECONDS);
    }

    private Line replayMoves() {
        String target = "no account moves off the shared connection during a replay into a no-op route";
        boolean sharedMeasured = studio.stream().anyMatch(c -> results.clients.get(c).contains("shared"));
        if (!sharedMeasured || !results.throughput.containsKey(Throughput.REPLAY)) {
            return new Line(target, "", null);
        }
        return new Line(target, results.sharedReplayMoves + " moves in every replay round of every body mode",
                results.sharedReplayMoves == 0);
    }

    private Line scale() {
        Results.Scale s = results.scale;
        String target = "1,000 accounts: threads within +" + EXTRA_THREADS + " of one account, heap < "
                + (HEAP_BYTES >> 20) + " MB";
        if (s == null) {
            return new Line(target, "", null);
        }
        int extraThreads = s.threadsMany() - s.threadsOne();
        long heap = s.heapMany() - s.heapNone();
        String measured = String.format("%,d accounts: %+d threads over one account, %.1f MB heap over no client",
                s.accounts(), extraThreads, heap / (double) (1 << 20));
        if (s.accounts() != 1_000) {
            measured += " (this run's size, not 1,000)";
        }
        return new Line(target, measured, extraThreads <= EXTRA_THREADS && heap < HEAP_BYTES);
    }

    private Line drops() {
        long bound = results.reconnectDelayMillis + DROP_MARGIN_MILLIS;
        String target = "drop to next message p99 ≤ backoff + " + DROP_MARGIN_MILLIS + " ms";
        if (results.drops == null) {
            return new Line(target, "", null);
        }
        long p99 = results.drops.getValueAtPercentile(99);
        return new Line(target, p99 + " ms with a backoff of " + results.reconnectDelayMillis + " ms (bound " + bound
                + " ms)", p99 <= bound);
    }
}
