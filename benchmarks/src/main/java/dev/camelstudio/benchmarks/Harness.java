package dev.camelstudio.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs every figure of benchmarks/README.md in one JVM against one {@link LeanStudioServer}, every client side by
 * side, into {@link Results}, and writes the {@link Report} ({@code out}, RESULTS.md by default) with its charts.
 * Sizes are {@code key=value} {@link Arguments}.
 */
public final class Harness {

    /** How the documented command starts the harness; the report names it with the run's arguments. */
    static final String COMMAND = "./mvnw -B -q -pl benchmarks -am package -DskipTests exec:exec@bench";

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        run(args);
        System.exit(0); // Tyrus and Grizzly leave non-daemon threads behind
    }

    /** Runs every figure with these arguments, prints and writes the report and its charts, and returns it. */
    static String run(String... args) throws Exception {
        Arguments arguments = Arguments.parse(args);
        Instant started = Instant.now();
        Results results = new Results();
        try (LeanStudioServer server = new LeanStudioServer()) {
            Bench bench = new Bench(arguments, server);
            results.clients.addAll(bench.clients().stream().map(Clients::nameOf).toList());
            List<Figure> figures = List.of(new ThroughputFigure(bench), new ProfileFigure(bench),
                    new LatencyFigure(bench), new ScaleFigure(bench), new DropFigure(bench),
                    new SimulatorCostFigure(arguments), new HotPathFigure(arguments));
            for (Figure figure : figures) {
                figure.measure(results);
            }
        }
        Path out = Path.of(arguments.text("out")).toAbsolutePath();
        Path charts = out.getParent().resolve("results");
        Charts.throughput(results, charts.resolve("throughput.png"));
        Charts.cpu(results, charts.resolve("cpu.png"));
        String command = args.length == 0 ? COMMAND : COMMAND + " -Dbench.args=\"" + String.join(" ", args) + "\"";
        String report = new Report(results, command, started, Duration.between(started, Instant.now()),
                arguments.asMap()).render();
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out + ", charts in " + charts);
        return report;
    }
}
