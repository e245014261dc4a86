package dev.camelstudio.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import dev.camelstudio.benchmarks.Results.Rounds;
import dev.camelstudio.benchmarks.Results.Run;
import dev.camelstudio.benchmarks.Results.Throughput;
import dev.camelstudio.simulator.StudioSimulator;

import org.HdrHistogram.Histogram;

/**
 * Runs every figure of benchmarks/README.md in one JVM against one {@link LeanStudioServer}, every client side by
 * side, into {@link Results}, and writes the {@link Report} ({@code out}, RESULTS.md by default) with its charts.
 * Sizes are {@code key=value} arguments; {@link #DEFAULTS} lists them with their defaults.
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
            Map.entry("profile", "200000"), // live messages for each client profiled with JFR; 0: no profile
            Map.entry("jmh", "5x2000"), // JMH's warm-up and measured iterations x milliseconds; 0: no JMH
            Map.entry("jmhForks", "1"), // JMH forks; 0 runs JMH in the harness's JVM
            Map.entry("out", "RESULTS.md")); // the report; its charts go to results/ beside it

    /** How the documented command starts the harness; the report names it with the run's arguments. */
    static final String COMMAND = "./mvnw -B -q -pl benchmarks -am package -DskipTests exec:exec@bench";
    /** Every camel-studio client reconnects after this backoff in the drop figure. */
    static final Duration RECONNECT_DELAY = Duration.ofMillis(100);

    private final Map<String, String> options;
    private final LeanStudioServer server;
    private final Results results = new Results();
    private int accountSerial;

    private Harness(Map<String, String> options, LeanStudioServer server) {
        this.options = options;
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        run(args);
        System.exit(0); // Tyrus and Grizzly leave non-daemon threads behind
    }

    /** Runs every figure with these arguments, prints and writes the report and its charts, and returns it. */
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
        Instant started = Instant.now();
        Results results;
        try (LeanStudioServer server = new LeanStudioServer()) {
            Harness harness = new Harness(options, server);
            harness.run();
            results = harness.results;
        }
        Path out = Path.of(options.get("out")).toAbsolutePath();
        Path charts = out.getParent().resolve("results");
        Charts.throughput(results, charts.resolve("throughput.png"));
        Charts.cpu(results, charts.resolve("cpu.png"));
        String command = args.length == 0 ? COMMAND : COMMAND + " -Dbench.args=\"" + String.join(" ", args) + "\"";
        String report = new Report(results, command, started, Duration.between(started, Instant.now()), options)
                .render();
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out + ", charts in " + charts);
        return report;
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
        results.clients.addAll(clients().stream().map(Harness::nameOf).toList());
        throughput();
        profile();
        latency();
        scale();
        drops();
        simulatorCost();
        hotPath();
    }

    // --- throughput and cost ------------------------------------------------------------------------------------

    private void throughput() throws Exception {
        int rounds = size("rounds");
        int replay = size("replay");
        int live = size("live");
        results.replayMessages = replay;
        List<Supplier<BenchClient>> clients = clients();
        for (Throughput figure : Throughput.values()) {
            List<Rounds> byClient = new ArrayList<>();
            clients.forEach(c -> byClient.add(new Rounds(new ArrayList<>())));
            results.throughput.put(figure, byClient);
        }
        for (int round = 0; round < rounds; round++) {
            for (int c = 0; c < clients.size(); c++) {
                runs(Throughput.REPLAY, c).add(replay(clients.get(c), replay));
                runs(Throughput.LIVE_ONE, c).add(saturation(clients.get(c), 1, live));
                runs(Throughput.LIVE_HUNDRED, c).add(saturation(clients.get(c), 100, live));
                System.out.println("round " + (round + 1) + ": " + results.clients.get(c) + " done");
            }
        }
    }

    private List<Run> runs(Throughput figure, int client) {
        return results.throughput.get(figure).get(client).runs();
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
            if (client.name().contains("shared")) {
                results.sharedReplayMoves += client.slowRouteMoves();
            }
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

    // --- where the time goes ------------------------------------------------------------------------------------

    /** The floor, what a user would write, and camel-studio json on both connections, each under JFR. */
    private void profile() throws Exception {
        int messages = size("profile");
        if (messages == 0) {
            return;
        }
        for (Supplier<BenchClient> factory : clients()) {
            String name = nameOf(factory);
            if (name.contains("raw Tyrus") || name.contains("JDK") || name.contains("bodyType=json")) {
                results.profile.put(name, CpuProfile.profile(() -> saturation(factory, 1, messages)));
                System.out.println("profiled " + name);
            }
        }
    }

    // --- latency ------------------------------------------------------------------------------------------------

    private void latency() throws Exception {
        int messages = size("latency");
        int rate = size("rate");
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
                results.latency.put(client.name(), delivery.latency());
            }
        }
    }

    // --- scale --------------------------------------------------------------------------------------------------

    private void scale() throws Exception {
        int accounts = size("scale");
        int day = 10;
        server.newAccounts(day, false);
        int threadsNone = settledThreads();
        long heapNone = settledHeap();
        int[] threads = new int[2];
        long[] heap = new long[2];
        long[] millis = new long[2];
        int[] counts = {1, accounts};
        for (int i = 0; i < counts.length; i++) {
            int count = counts[i];
            Delivery delivery = new Delivery();
            try (BenchClient client = new StudioClient("json", true)) {
                long start = System.nanoTime();
                client.start(server.url(), newAccounts(count), delivery);
                await(() -> delivery.count() >= (long) count * day, Duration.ofMinutes(2), "scale " + count);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                threads[i] = ThreadCost.liveThreads();
                heap[i] = settledHeap();
            }
            settledThreads();
        }
        results.scale = new Results.Scale(accounts, threadsNone, threads[0], threads[1], heapNone, heap[0], heap[1],
                millis[0], millis[1]);
    }

    /**
     * The heap in use once garbage is gone: full collections until one frees less than a megabyte (what closed
     * clients leave behind can take a few, as their threads end and their buffers are released).
     */
    private static long settledHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(100);
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used - now < (1 << 20)) {
                return Math.min(used, now);
            }
            used = now;
        }
        return used;
    }

    /** The live thread count once the threads of closed clients have ended (unchanged for half a second). */
    private static int settledThreads() throws InterruptedException {
        int threads = ThreadCost.liveThreads();
        long stableSince = System.nanoTime();
        long deadline = stableSince + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() - stableSince < Duration.ofMillis(500).toNanos() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            int now = ThreadCost.liveThreads();
            if (now != threads) {
                threads = now;
                stableSince = System.nanoTime();
            }
        }
        return threads;
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
        results.drops = histogram;
        results.reconnectDelayMillis = RECONNECT_DELAY.toMillis();
    }

    // --- the simulator's own cost -------------------------------------------------------------------------------

    private void simulatorCost() throws Exception {
        int messages = size("simulator");
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
                results.simulator.add(new Results.SimulatorCost(tls ? "wss" : "ws", cost[0] / 1e3 / messages,
                        (double) cost[1] / messages, messages * 1e9 / (delivery.lastNanos() - start)));
            }
        }
    }

    // --- the hot path -------------------------------------------------------------------------------------------

    private void hotPath() throws Exception {
        String jmh = options.get("jmh");
        if (jmh.equals("0")) {
            return;
        }
        String[] shape = jmh.split("x");
        results.hotPath = HotPath.run(Integer.parseInt(shape[0]), Integer.parseInt(shape[1]), size("jmhForks"));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

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
