package dev.camelstudio.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import dev.camelstudio.simulator.StudioSimulator;

import org.HdrHistogram.Histogram;

/**
 * Runs every figure of benchmarks/README.md in one JVM against one {@link LeanStudioServer}, every client side by
 * side, and prints the results as Markdown tables (also written to {@code out}). Sizes are {@code key=value}
 * arguments; {@link #main} lists them with their defaults.
 */
public final class Harness {

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
            Map.entry("out", "target/bench-results.md"));

    private final Map<String, String> options;
    private final LeanStudioServer server;
    private final StringBuilder report = new StringBuilder();
    private int accountSerial;

    private Harness(Map<String, String> options, LeanStudioServer server) {
        this.options = options;
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        run(args);
        System.exit(0); // Tyrus and Grizzly leave non-daemon threads behind
    }

    /** Runs every figure with these arguments, prints and writes the report, and returns it. */
    static String run(String... args) throws Exception {
        Map<String, String> options = new HashMap<>(DEFAULTS);
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2 || !DEFAULTS.containsKey(pair[0])) {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'; the arguments and their defaults: "
                        + DEFAULTS);
            }
            options.put(pair[0], pair[1]);
        }
        try (LeanStudioServer server = new LeanStudioServer()) {
            Harness harness = new Harness(options, server);
            harness.run();
            return harness.report.toString();
        }
    }

    private int size(String option) {
        return Integer.parseInt(options.get(option));
    }

    private List<Supplier<BenchClient>> clients() {
        List<String> wanted = Arrays.stream(options.get("clients").split(",")).filter(w -> !w.isBlank()).toList();
        return allClients().stream().filter(s -> wanted.isEmpty() || wanted.stream().anyMatch(nameOf(s)::contains))
                .toList();
    }

    private static String nameOf(Supplier<BenchClient> factory) {
        try (BenchClient client = factory.get()) {
            return client.name();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Supplier<BenchClient>> allClients() {
        List<Supplier<BenchClient>> clients = new ArrayList<>();
        clients.add(() -> new RawTyrusClient(null));
        clients.add(JdkWebSocketClient::new);
        for (boolean shared : new boolean[]{true, false}) {
            for (String bodyType : new String[]{"json", "message", "map"}) {
                clients.add(() -> new StudioClient(bodyType, shared));
            }
        }
        return clients;
    }

    private void run() throws Exception {
        line("# camel-studio benchmark results");
        line("");
        line("JVM " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; arguments " + options);
        line("Server: the lean server (plain ws on loopback, pre-encoded frames), in the same JVM; client cost "
                + "counts the client's threads only.");
        throughput();
        latency();
        scale();
        drops();
        simulatorCost();
        Path out = Path.of(options.get("out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    // --- throughput and cost ------------------------------------------------------------------------------------

    /** One run's figures: messages per second, client CPU µs and bytes allocated per message. */
    private record Run(double perSecond, double cpuMicros, double bytes) {
    }

    private void throughput() throws Exception {
        int rounds = size("rounds");
        int replay = size("replay");
        int live = size("live");
        List<Supplier<BenchClient>> clients = clients();
        String[] figures = {"replay " + replay + ", 1 account", "live saturation, 1 account",
                "live saturation, 100 accounts"};
        List<List<List<Run>>> runs = new ArrayList<>(); // [figure][client][round]
        for (int f = 0; f < figures.length; f++) {
            List<List<Run>> byClient = new ArrayList<>();
            clients.forEach(c -> byClient.add(new ArrayList<>()));
            runs.add(byClient);
        }
        String[] names = clients.stream().map(Harness::nameOf).toArray(String[]::new);
        for (int round = 0; round < rounds; round++) {
            for (int c = 0; c < clients.size(); c++) {
                runs.get(0).get(c).add(replay(clients.get(c), replay));
                runs.get(1).get(c).add(saturation(clients.get(c), 1, live));
                runs.get(2).get(c).add(saturation(clients.get(c), 100, live));
                System.out.println("round " + (round + 1) + ": " + names[c] + " done");
            }
        }
        for (int f = 0; f < figures.length; f++) {
            line("");
            line("## Throughput: " + figures[f] + " (median of " + rounds + ", min-max in brackets)");
            line("");
            line("| client | msgs/s | vs raw Tyrus | client CPU µs/msg | client alloc B/msg |");
            line("|---|---|---|---|---|");
            double floor = median(runs.get(f).get(0), Run::perSecond);
            for (int c = 0; c < clients.size(); c++) {
                List<Run> r = runs.get(f).get(c);
                line("| " + names[c] + " | " + spread(r, Run::perSecond, "%,.0f") + " | "
                        + String.format("%.2f×", median(r, Run::perSecond) / floor) + " | "
                        + spread(r, Run::cpuMicros, "%.1f") + " | " + spread(r, Run::bytes, "%,.0f") + " |");
            }
        }
    }

    private List<String> newAccounts(int count) {
        int first = ++accountSerial * 10_000;
        return IntStream.range(0, count).mapToObj(i -> String.valueOf(first + i)).toList();
    }

    /** The day replayed into one account: from the ack to the last message delivered. */
    private Run replay(Supplier<BenchClient> factory, int messages) throws Exception {
        server.newAccounts(messages, false);
        ThreadCost.Snapshot[] before = new ThreadCost.Snapshot[1];
        long[] ackNanos = new long[1];
        server.beforeAck(() -> {
            before[0] = ThreadCost.clientThreads();
            ackNanos[0] = System.nanoTime();
        });
        Delivery delivery = new Delivery();
        try (BenchClient client = factory.get()) {
            client.start(server.url(), newAccounts(1), delivery);
            await(() -> delivery.count() >= messages, Duration.ofMinutes(2), "replay of " + client.name());
            long[] cost = ThreadCost.clientThreads().since(before[0]);
            return new Run(messages * 1e9 / (delivery.lastNanos() - ackNanos[0]), cost[0] / 1e3 / messages,
                    (double) cost[1] / messages);
        } finally {
            server.beforeAck(() -> {
            });
        }
    }

    /** Live messages as fast as the server writes them, shared evenly by the accounts. */
    private Run saturation(Supplier<BenchClient> factory, int accounts, int messages) throws Exception {
        server.newAccounts(0, false);
        int perAccount = messages / accounts;
        int total = perAccount * accounts;
        Delivery delivery = new Delivery();
        try (BenchClient client = factory.get()) {
            int acks = server.acks();
            client.start(server.url(), newAccounts(accounts), delivery);
            await(() -> server.acks() >= acks + accounts, Duration.ofMinutes(1), "subscribes of " + client.name());
            ThreadCost.Snapshot before = ThreadCost.clientThreads();
            long start = System.nanoTime();
            server.startLive(perAccount, 0);
            await(() -> delivery.count() >= total, Duration.ofMinutes(2), "live messages of " + client.name());
            long[] cost = ThreadCost.clientThreads().since(before);
            return new Run(total * 1e9 / (delivery.lastNanos() - start), cost[0] / 1e3 / total,
                    (double) cost[1] / total);
        }
    }

    // --- latency ------------------------------------------------------------------------------------------------

    private void latency() throws Exception {
        int messages = size("latency");
        int rate = size("rate");
        line("");
        line("## Latency at " + rate + " msgs/s, 1 account, " + messages + " messages (first fifth not counted): "
                + "server's send to the route, µs");
        line("");
        line("| client | p50 | p99 | p99.9 | max |");
        line("|---|---|---|---|---|");
        for (Supplier<BenchClient> factory : clients()) {
            server.newAccounts(0, true);
            Delivery delivery = new Delivery();
            try (BenchClient client = factory.get()) {
                int acks = server.acks();
                List<String> account = newAccounts(1);
                client.start(server.url(), account, delivery);
                await(() -> server.acks() > acks, Duration.ofMinutes(1), "subscribe of " + client.name());
                delivery.measureLatency(server.stampsOf(account.get(0)), messages / 5 + 1);
                server.startLive(messages, rate);
                await(() -> delivery.count() >= messages, Duration.ofMinutes(2), "latency run of " + client.name());
                Histogram h = delivery.latency();
                line("| " + client.name() + " | " + micros(h, 50) + " | " + micros(h, 99) + " | "
                        + micros(h, 99.9) + " | " + String.format("%,d", h.getMaxValue() / 1000) + " |");
            }
        }
    }

    private static String micros(Histogram histogram, double percentile) {
        return String.format("%,d", histogram.getValueAtPercentile(percentile) / 1000);
    }

    // --- scale --------------------------------------------------------------------------------------------------

    private void scale() throws Exception {
        int accounts = size("scale");
        int day = 10;
        server.newAccounts(day, false);
        long heapBefore = usedHeap();
        int threadsBefore = ThreadCost.liveThreads();
        line("");
        line("## Scale: camel-studio bodyType=json, shared connection, a day of " + day + " messages per account");
        line("");
        line("| accounts | live threads (+ over none) | heap after GC (+ over none) | subscribed and replayed in |");
        line("|---|---|---|---|");
        for (int count : new int[]{1, accounts}) {
            Delivery delivery = new Delivery();
            try (BenchClient client = new StudioClient("json", true)) {
                long start = System.nanoTime();
                client.start(server.url(), newAccounts(count), delivery);
                await(() -> delivery.count() >= (long) count * day, Duration.ofMinutes(2), "scale " + count);
                long took = System.nanoTime() - start;
                int threads = ThreadCost.liveThreads();
                long heap = usedHeap();
                line("| " + count + " | " + threads + " (+" + (threads - threadsBefore) + ") | "
                        + heap / (1 << 20) + " MB (+" + (heap - heapBefore) / (1 << 20) + " MB) | "
                        + took / 1_000_000 + " ms |");
            }
        }
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // --- drops --------------------------------------------------------------------------------------------------

    private void drops() throws Exception {
        int drops = size("drops");
        server.newAccounts(10, false);
        server.liveAfterReplay(1);
        Histogram histogram = new Histogram(3);
        Delivery delivery = new Delivery();
        try (BenchClient client = new StudioClient("json", true)) {
            client.start(server.url(), newAccounts(1), delivery);
            await(() -> delivery.count() >= 11, Duration.ofMinutes(1), "first subscribe");
            for (int i = 0; i < drops; i++) {
                long expected = delivery.count() + 1;
                delivery.mark();
                long dropped = System.nanoTime();
                server.dropAll();
                await(() -> delivery.count() >= expected, Duration.ofMinutes(1), "message after drop " + i);
                histogram.recordValue((delivery.firstAfterMark() - dropped) / 1_000_000);
            }
        } finally {
            server.liveAfterReplay(0);
        }
        line("");
        line("## Drop to next message: camel-studio bodyType=json, shared connection, reconnectInitialDelay=100ms, "
                + drops + " TCP resets");
        line("");
        line("| p50 | p99 | max |");
        line("|---|---|---|");
        line("| " + histogram.getValueAtPercentile(50) + " ms | " + histogram.getValueAtPercentile(99) + " ms | "
                + histogram.getMaxValue() + " ms |");
    }

    // --- the simulator's own cost -------------------------------------------------------------------------------

    private void simulatorCost() throws Exception {
        int messages = size("simulator");
        line("");
        line("## The simulator's send cost: " + messages + " live messages to a raw Tyrus client, server threads only");
        line("");
        line("| transport | server CPU µs/msg | server alloc B/msg | msgs/s |");
        line("|---|---|---|---|");
        for (boolean tls : new boolean[]{true, false}) {
            String account = "100000";
            try (StudioSimulator simulator = StudioSimulator.builder().account(account, "ACC0001")
                    .fixedToken(Subscriptions.TOKEN, account).tls(tls).start();
                    BenchClient client = new RawTyrusClient(tls ? simulator.sslContext() : null)) {
                Delivery delivery = new Delivery();
                client.start(simulator.webSocketUrl().toString(), List.of(account), delivery);
                await(() -> simulator.recorder().subscriptions().size() == 1, Duration.ofSeconds(30), "subscribe");
                simulator.publishActivity(account, 100); // warm-up
                await(() -> delivery.count() >= 100, Duration.ofSeconds(30), "warm-up");
                ThreadCost.Snapshot before = ThreadCost.serverThreads();
                long start = System.nanoTime();
                simulator.publishActivity(account, messages);
                await(() -> delivery.count() >= 100 + messages, Duration.ofMinutes(2), "simulator messages");
                long[] cost = ThreadCost.serverThreads().since(before);
                line("| " + (tls ? "wss" : "ws") + " | " + String.format("%.1f", cost[0] / 1e3 / messages) + " | "
                        + String.format("%,.0f", (double) cost[1] / messages) + " | "
                        + String.format("%,.0f", messages * 1e9 / (delivery.lastNanos() - start)) + " |");
            }
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }

    private static String spread(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure, String format) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        String median = String.format(format, values[values.length / 2]);
        return values.length == 1 ? median : median + " [" + String.format(format, values[0]) + "–"
                + String.format(format, values[values.length - 1]) + "]";
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(1);
        }
    }

}
