package dev.camelstudio.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import dev.camelstudio.benchmarks.CpuProfile.Cost;
import dev.camelstudio.benchmarks.CpuProfile.Layer;
import dev.camelstudio.benchmarks.Results.Rounds;
import dev.camelstudio.studio.StudioTransport;

import org.HdrHistogram.Histogram;

/** A run's {@link Results} as Markdown: the machine and the command, the targets, every figure's table. */
final class Report {

    private final Results results;
    private final String command;
    private final Instant started;
    private final Duration took;
    private final Map<String, String> options;
    private final StringBuilder text = new StringBuilder();

    Report(Results results, String command, Instant started, Duration took, Map<String, String> options) {
        this.results = results;
        this.command = command;
        this.started = started;
        this.took = took;
        this.options = options;
    }

    String render() {
        header();
        targets();
        charts();
        throughput();
        profile();
        pooling();
        latency();
        scale();
        drops();
        simulator();
        hotPath();
        return text.toString();
    }

    private void header() {
        line("# camel-studio benchmark results");
        line("");
        line("Written by the harness (benchmarks/README.md says what each figure measures and how). This run: `"
                + command + "`, started " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                        started.atOffset(ZoneOffset.UTC).withNano(0))
                + " UTC, " + took.toSeconds() + " s.");
        line("");
        line("- Machine: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " processors, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + ".");
        line("- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, GC "
                + String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).toList())
                + ".");
        line("- Arguments: " + new TreeMap<>(options) + ".");
        line("- Server: the lean server (plain ws on loopback, pre-encoded frames) in the same JVM; client cost counts "
                + "the client's threads only. Throughput figures are the median of the rounds, interleaved across "
                + "the clients, with the range in brackets.");
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch") + " CPU";
        }
    }

    private void targets() {
        section("Targets");
        line("| target | measured | |");
        line("|---|---|---|");
        for (Targets.Line target : Targets.check(results)) {
            line("| " + target.target() + " | " + target.measured() + " | " + target.verdict() + " |");
        }
        if (!results.profile.isEmpty()) {
            line("");
            line("Where a target on CPU or allocation is not met, [Where the time goes](#where-the-time-goes) shows "
                    + "what the difference is made of; [the benchmarks' README](README.md#results) says, for each "
                    + "target not met in the latest runs, the measured reason and what was decided.");
        }
    }

    private void charts() {
        section("Charts");
        line("![Throughput of every client in each figure](results/throughput.png)");
        line("");
        line("![Client CPU per message of every client in each figure](results/cpu.png)");
    }

    private void throughput() {
        int raw = results.client("raw Tyrus");
        int jdk = results.client(JdkWebSocketClient.BARE_NAME);
        int peer = results.client(JdkWebSocketClient.HAND_WRITTEN_NAME);
        results.throughput.forEach((figure, byClient) -> {
            String title = figure == Results.Throughput.REPLAY
                    ? "replay " + String.format("%,d", results.replayMessages) + ", 1 account"
                    : figure.title;
            section("Throughput: " + title);
            line("| client | msgs/s | vs raw Tyrus | vs JDK client | vs hand-written | client CPU µs/msg | "
                    + "client alloc B/msg |");
            line("|---|---|---|---|---|---|---|");
            for (int c = 0; c < byClient.size(); c++) {
                Rounds rounds = byClient.get(c);
                line("| " + results.clients.get(c) + " | " + spread(rounds, Run::perSecond, "%,.0f") + " | "
                        + ratio(rounds, raw < 0 ? null : byClient.get(raw)) + " | "
                        + ratio(rounds, jdk < 0 ? null : byClient.get(jdk)) + " | "
                        + ratio(rounds, peer < 0 ? null : byClient.get(peer)) + " | "
                        + spread(rounds, Run::cpuMicros, "%.1f") + " | " + spread(rounds, Run::bytes, "%,.0f") + " |");
            }
        });
    }

    private static String ratio(Rounds rounds, Rounds base) {
        return base == null ? "" : String.format("%.2f×", rounds.median(Run::perSecond) / base.median(Run::perSecond));
    }

    private static String spread(Rounds rounds, ToDoubleFunction<Run> figure, String format) {
        double[] values = rounds.sorted(figure);
        String median = String.format(format, values[values.length / 2]);
        return values.length == 1 ? median : median + " [" + String.format(format, values[0]) + "–"
                + String.format(format, values[values.length - 1]) + "]";
    }

    private void profile() {
        if (results.profile.isEmpty()) {
            return;
        }
        section("Where the time goes");
        line("Live saturation, 1 account, " + String.format("%,d", Integer.parseInt(options.get("profile")))
                + " messages per client, twice: under a JFR recording of execution samples (every millisecond), "
                + "and under one of allocation samples. Each sample counts for the layer of the first frame from the "
                + "top of its stack that is not the JDK's, and the shares are applied to the CPU, or the bytes, "
                + "measured for that run. The recording raises the CPU a little; the last row has the same clients "
                + "without one. CPU spent in native code (the socket's reads) is not sampled and is spread over the "
                + "layers. Per message: CPU µs / bytes allocated.");
        line("");
        List<String> clients = List.copyOf(results.profile.keySet());
        line("| layer | " + String.join(" | ", clients) + " |");
        line("|---|" + "---|".repeat(clients.size()));
        for (Layer layer : Layer.values()) {
            StringBuilder row = new StringBuilder("| " + layer.title + " |");
            for (String client : clients) {
                Cost cost = results.profile.get(client).get(layer);
                row.append(String.format(" %.1f / %,.0f |", cost.cpuMicros(), cost.bytes()));
            }
            line(row.toString());
        }
        StringBuilder total = new StringBuilder("| **total** |");
        for (String client : clients) {
            Map<Layer, Cost> costs = results.profile.get(client);
            total.append(String.format(" **%.1f / %,.0f** |", CpuProfile.total(costs, Cost::cpuMicros),
                    CpuProfile.total(costs, Cost::bytes)));
        }
        line(total.toString());
        unprofiledRow(clients);
        difference();
    }

    /**
     * The same clients' medians from the live saturation table, measured without a recording: how much the recording
     * itself raised each total (it suspends each sampled thread to walk its stack, and two busy threads are sampled
     * twice as often as one).
     */
    private void unprofiledRow(List<String> clients) {
        List<Rounds> live = results.throughput.get(Results.Throughput.LIVE_ONE);
        if (live == null) {
            return;
        }
        StringBuilder row = new StringBuilder("| without the recording (live saturation, 1 account, median) |");
        for (String client : clients) {
            Rounds rounds = live.get(results.clients.indexOf(client));
            row.append(String.format(" %.1f / %,.0f |", rounds.median(Run::cpuMicros), rounds.median(Run::bytes)));
        }
        line(row.toString());
    }

    /**
     * Layer by layer, where both were profiled: camel-studio json on its own connection over raw Tyrus, on each
     * transport, and on the JDK transport the shared connection over its own (the hand-off to the delivery pool).
     * Each profile's shares are applied to the client's median without a recording, since a recording's run swings
     * more than the shares do.
     */
    private void difference() {
        String json = " bodyType=json, ";
        for (StudioTransport transport : StudioTransport.values()) {
            difference("raw Tyrus", StudioClient.transportName(transport) + json + "own connection");
        }
        String jdk = StudioClient.transportName(StudioTransport.JDK) + json;
        difference(jdk + "own connection", jdk + "shared connection");
        Map<Layer, Cost> raw = results.profileScaled("raw Tyrus");
        if (raw != null) {
            floor(raw);
        }
    }

    private void difference(String base, String client) {
        Map<Layer, Cost> baseCosts = results.profileScaled(base);
        Map<Layer, Cost> costs = results.profileScaled(client);
        if (baseCosts == null || costs == null) {
            return;
        }
        StringBuilder parts = new StringBuilder();
        for (Layer layer : Layer.values()) {
            double cpu = costs.get(layer).cpuMicros() - baseCosts.get(layer).cpuMicros();
            double bytes = costs.get(layer).bytes() - baseCosts.get(layer).bytes();
            parts.append(String.format("%n- %s: %+.1f µs, %+,.0f B", layer.title, cpu, bytes));
        }
        line("");
        line(String.format("With each profile's shares applied to the last row, %s costs %+.1f µs and %+,.0f B per "
                + "message over %s, by layer:", results.profiled(client),
                CpuProfile.total(costs, Cost::cpuMicros) - CpuProfile.total(baseCosts, Cost::cpuMicros),
                CpuProfile.total(costs, Cost::bytes) - CpuProfile.total(baseCosts, Cost::bytes),
                results.profiled(base)) + parts);
    }

    /**
     * What any Camel route behind Tyrus costs at least: raw Tyrus plus the Camel layer of the bare JDK client (an
     * Exchange through a ProducerTemplate into a no-op route, with no decoding): the base of the Tyrus CPU target.
     */
    private void floor(Map<Layer, Cost> raw) {
        Map<Layer, Cost> jdk = results.profileScaled(JdkWebSocketClient.BARE_NAME);
        if (jdk == null) {
            return;
        }
        double tyrus = CpuProfile.total(raw, Cost::cpuMicros);
        double camel = results.camelExchangeMicros();
        line("");
        line(String.format("A floor for any Camel consumer on Tyrus, on the same scale: raw Tyrus (%.1f µs) plus the "
                + "Camel layer of the JDK client, an Exchange into a no-op route with nothing decoded (%.1f µs), is "
                + "%.1f µs, %.2f× raw Tyrus, before a frame is decoded or a header set. The JDK's WebSocket client "
                + "spends %.1f µs per message in its transport where Tyrus and Grizzly spend %.1f µs.", tyrus, camel,
                tyrus + camel, (tyrus + camel) / tyrus, jdk.get(Layer.TRANSPORT).cpuMicros(),
                raw.get(Layer.TRANSPORT).cpuMicros()));
    }

    /**
     * Camel's pooled exchange factory: the pooled camel-studio client against the same client on the default
     * factory, in the live saturation, 1 account, figure.
     */
    private void pooling() {
        List<Rounds> live = results.throughput.get(Results.Throughput.LIVE_ONE);
        int pooled = results.client(StudioClient.POOLED_SUFFIX);
        if (live == null || pooled < 0) {
            return;
        }
        String name = results.clients.get(pooled);
        int plain = results.clients.indexOf(name.replace(StudioClient.POOLED_SUFFIX, ""));
        if (plain < 0) {
            return;
        }
        section("Pooled exchanges");
        line(String.format("Live saturation, 1 account: %s %,.0f msgs/s, %.1f µs and %,.0f B per message; on Camel's "
                + "default exchange factory %,.0f msgs/s, %.1f µs and %,.0f B (medians).", name,
                live.get(pooled).median(Run::perSecond), live.get(pooled).median(Run::cpuMicros),
                live.get(pooled).median(Run::bytes), live.get(plain).median(Run::perSecond),
                live.get(plain).median(Run::cpuMicros), live.get(plain).median(Run::bytes)));
    }

    private void latency() {
        if (results.latency.isEmpty()) {
            return;
        }
        section("Latency at " + options.get("rate") + " msgs/s, 1 account, " + options.get("latency")
                + " messages (first fifth not counted): server's send to the route, µs");
        line("| client | p50 | p99 | p99.9 | max |");
        line("|---|---|---|---|---|");
        results.latency.forEach((client, h) -> line("| " + client + " | " + micros(h, 50) + " | " + micros(h, 99)
                + " | " + micros(h, 99.9) + " | " + String.format("%,d", h.getMaxValue() / 1000) + " |"));
    }

    private static String micros(Histogram histogram, double percentile) {
        return String.format("%,d", histogram.getValueAtPercentile(percentile) / 1000);
    }

    private void scale() {
        Results.Scale s = results.scale;
        if (s == null) {
            return;
        }
        section("Scale: camel-studio bodyType=json, shared connection, a day of 10 messages per account");
        line("| accounts | live threads (+ over no client) | heap after GC (+ over no client) | subscribed and "
                + "replayed in |");
        line("|---|---|---|---|");
        line("| 0 | " + s.threadsNone() + " | " + megabytes(s.heapNone()) + " | – |");
        line("| 1 | " + s.threadsOne() + " (+" + (s.threadsOne() - s.threadsNone()) + ") | "
                + megabytes(s.heapOne()) + " (" + signedMegabytes(s.heapOne() - s.heapNone()) + ") | "
                + s.oneMillis() + " ms |");
        line("| " + String.format("%,d", s.accounts()) + " | " + s.threadsMany() + " (+"
                + (s.threadsMany() - s.threadsNone()) + ") | " + megabytes(s.heapMany()) + " ("
                + signedMegabytes(s.heapMany() - s.heapNone()) + ") | " + s.manyMillis() + " ms |");
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / (double) (1 << 20));
    }

    private static String signedMegabytes(long bytes) {
        return String.format("%+.1f MB", bytes / (double) (1 << 20));
    }

    private void drops() {
        Histogram h = results.drops;
        if (h == null) {
            return;
        }
        section("Drop to next message: camel-studio bodyType=json, shared connection, reconnectInitialDelay="
                + results.reconnectDelayMillis + "ms, " + h.getTotalCount() + " TCP resets");
        line("| p50 | p99 | max |");
        line("|---|---|---|");
        line("| " + h.getValueAtPercentile(50) + " ms | " + h.getValueAtPercentile(99) + " ms | " + h.getMaxValue()
                + " ms |");
    }

    private void simulator() {
        if (results.simulator.isEmpty()) {
            return;
        }
        section("The simulator's send cost: " + options.get("simulator")
                + " live messages to a raw Tyrus client, server threads only");
        line("| transport | server CPU µs/msg | server alloc B/msg | msgs/s |");
        line("|---|---|---|---|");
        for (Results.SimulatorCost cost : results.simulator) {
            line(String.format("| %s | %.1f | %,.0f | %,.0f |", cost.transport(), cost.cpuMicros(), cost.bytes(),
                    cost.perSecond()));
        }
    }

    private void hotPath() {
        if (results.hotPath.isEmpty()) {
            return;
        }
        section("Hot path (JMH): one order-update frame");
        line("`HotPathBenchmark` through JMH's API, " + options.get("jmh").replace("x", " × ") + " ms warm-up and "
                + "measured iterations, " + options.get("jmhForks") + " fork(s), GC profiler. Error: JMH's 99.9% "
                + "interval. On a shared machine the times swing; the bytes per frame are exact.");
        line("");
        line("| benchmark | ns/op | B/op |");
        line("|---|---|---|");
        for (HotPathFigure.Row row : results.hotPath) {
            String error = Double.isFinite(row.nanosError()) ? String.format(" ± %,.0f", row.nanosError()) : "";
            line(String.format("| `%s` | %,.0f%s | %,.0f |", row.benchmark(), row.nanos(), error, row.bytes()));
        }
        HotPathFigure.Row jackson = results.hotPathRow("jacksonStreaming");
        HotPathFigure.Row byHand = results.hotPathRow("handWrittenExchange");
        HotPathFigure.Row studio = results.hotPathRow("studioJson");
        if (jackson != null && byHand != null && studio != null) {
            line("");
            line(String.format("An Exchange with the twelve headers, filled by hand from the same parse "
                    + "(`handWrittenExchange` − `jacksonStreaming`): %+,.0f ns and %+,.0f B. camel-studio's decoding "
                    + "and headers over that same job done by hand (`studioJson` − `handWrittenExchange`): %+,.0f ns "
                    + "and %+,.0f B.", byHand.nanos() - jackson.nanos(), byHand.bytes() - jackson.bytes(),
                    studio.nanos() - byHand.nanos(), studio.bytes() - byHand.bytes()));
        }
    }

    private void section(String title) {
        line("");
        line("## " + title);
        line("");
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
