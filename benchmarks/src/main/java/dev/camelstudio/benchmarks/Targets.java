package dev.camelstudio.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import dev.camelstudio.benchmarks.Results.Rounds;
import dev.camelstudio.benchmarks.Results.Throughput;

/**
 * The project's performance targets (issue 11), each checked against a run's {@link Results}: what was measured, and
 * met or not. A target whose figures were not measured in the run (a {@code clients=} filter, say) says so.
 */
final class Targets {

    /** One target: what it asks, what the run measured, and whether that meets it (null: not measured). */
    record Line(String target, String measured, Boolean met) {

        String verdict() {
            return met == null ? "not measured" : met ? "**met**" : "**not met**";
        }
    }

    private static final double CPU_RATIO = 1.15;
    private static final double EXTRA_BYTES = 1_500;
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
    private final int jdk;
    private final List<Integer> studio;

    private Targets(Results results) {
        this.results = results;
        this.raw = results.client("raw Tyrus");
        this.jdk = results.client("JDK WebSocket");
        this.studio = results.studioClients();
    }

    static List<Line> check(Results results) {
        return new Targets(results).lines();
    }

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (Throughput figure : results.throughput.keySet()) {
            lines.add(throughput(figure));
        }
        for (Throughput figure : results.throughput.keySet()) {
            lines.add(cpu(figure));
        }
        for (Throughput figure : results.throughput.keySet()) {
            lines.add(allocation(figure));
        }
        lines.add(meters());
        lines.add(replayTime());
        lines.add(replayMoves());
        lines.add(scale());
        lines.add(drops());
        return lines;
    }

    private List<Rounds> rounds(Throughput figure) {
        return results.throughput.get(figure);
    }

    private double median(Throughput figure, int client, ToDoubleFunction<Run> f) {
        return rounds(figure).get(client).median(f);
    }

    /** The lowest and highest of camel-studio's medians divided by another client's median. */
    private double[] ratioRange(Throughput figure, int other, ToDoubleFunction<Run> f) {
        double base = median(figure, other, f);
        double[] ratios = studio.stream().mapToDouble(c -> median(figure, c, f) / base).sorted().toArray();
        return new double[]{ratios[0], ratios[ratios.length - 1]};
    }

    private Line throughput(Throughput figure) {
        String target = figure.title + ": throughput ≥ 1.0× raw Tyrus and ≥ 1.0× the JDK client, every body mode, "
                + "shared connection included";
        if (raw < 0 || jdk < 0 || studio.isEmpty()) {
            return new Line(target, "", null);
        }
        double[] vsRaw = ratioRange(figure, raw, Run::perSecond);
        double[] vsJdk = ratioRange(figure, jdk, Run::perSecond);
        return new Line(target, String.format("camel-studio %.2f–%.2f× raw Tyrus, %.2f–%.2f× the JDK client",
                vsRaw[0], vsRaw[1], vsJdk[0], vsJdk[1]), vsRaw[0] >= 1.0 && vsJdk[0] >= 1.0);
    }

    private Line cpu(Throughput figure) {
        String target = figure.title + ": client CPU per message ≤ " + CPU_RATIO + "× raw Tyrus";
        if (raw < 0 || studio.isEmpty()) {
            return new Line(target, "", null);
        }
        double[] ratio = ratioRange(figure, raw, Run::cpuMicros);
        return new Line(target, String.format("camel-studio %.2f–%.2f× (raw Tyrus %.1f µs)", ratio[0], ratio[1],
                median(figure, raw, Run::cpuMicros)), ratio[1] <= CPU_RATIO);
    }

    private Line allocation(Throughput figure) {
        String target = figure.title + ": client allocation per message ≤ raw Tyrus + "
                + String.format("%,.0f", EXTRA_BYTES) + " B, bodyType=json";
        List<Integer> json = studio.stream().filter(c -> results.clients.get(c).contains("bodyType=json")).toList();
        if (raw < 0 || json.isEmpty()) {
            return new Line(target, "", null);
        }
        double base = median(figure, raw, Run::bytes);
        double worst = json.stream().mapToDouble(c -> median(figure, c, Run::bytes) - base).max().orElseThrow();
        return new Line(target, String.format("camel-studio json +%,.0f B at most (raw Tyrus %,.0f B)", worst, base),
                worst <= EXTRA_BYTES);
    }

    /** The meters' cost per message: the hot path with the lag timer recording, over the same without (JMH). */
    private Line meters() {
        String target = String.format("Prometheus meters cost ≤ %.1f µs and ≤ %.0f B per message over no registry "
                + "(hot path, bodyType=json)", METER_MICROS, METER_BYTES);
        HotPathFigure.Row plain = hotPathRow("studioJson");
        HotPathFigure.Row metered = hotPathRow("studioJsonMetered");
        if (plain == null || metered == null) {
            return new Line(target, "", null);
        }
        double micros = (metered.nanos() - plain.nanos()) / 1000;
        double bytes = metered.bytes() - plain.bytes();
        return new Line(target, String.format("%+.3f µs and %+,.0f B (%.0f ns against %.0f ns)", micros, bytes,
                metered.nanos(), plain.nanos()), micros <= METER_MICROS && bytes <= METER_BYTES);
    }

    private HotPathFigure.Row hotPathRow(String benchmark) {
        return results.hotPath.stream().filter(row -> row.benchmark().equals(benchmark)).findFirst().orElse(null);
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
