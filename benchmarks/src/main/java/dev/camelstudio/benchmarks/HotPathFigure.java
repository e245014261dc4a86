package dev.camelstudio.benchmarks;

import java.util.Comparator;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The hot path: runs {@link HotPathBenchmark} through JMH's API with its GC profiler, for the report: time and bytes
 * allocated per frame for each benchmark. The {@code jmh} argument gives the iterations ({@code 0} skips it),
 * {@code jmhForks} the forks (0 runs in this JVM, as the smoke pass does).
 */
final class HotPathFigure implements Figure {

    /** One benchmark's figures: mean ns/op with JMH's 99.9% error, and bytes allocated per op. */
    record Row(String benchmark, double nanos, double nanosError, double bytes) {
    }

    private final Arguments arguments;

    HotPathFigure(Arguments arguments) {
        this.arguments = arguments;
    }

    @Override
    public void measure(Results results) throws Exception {
        String jmh = arguments.text("jmh");
        if (jmh.equals("0")) {
            return;
        }
        String[] shape = jmh.split("x");
        int iterations = Integer.parseInt(shape[0]);
        int iterationMillis = Integer.parseInt(shape[1]);
        Options options = new OptionsBuilder().include(HotPathBenchmark.class.getName() + ".*")
                .warmupIterations(iterations).warmupTime(TimeValue.milliseconds(iterationMillis))
                .measurementIterations(iterations).measurementTime(TimeValue.milliseconds(iterationMillis))
                .forks(arguments.size("jmhForks")).addProfiler(GCProfiler.class).shouldFailOnError(true).build();
        results.hotPath = new Runner(options).run().stream().map(HotPathFigure::row)
                .sorted(Comparator.comparingDouble(Row::bytes)).toList();
    }

    private static Row row(RunResult result) {
        Result<?> time = result.getPrimaryResult();
        Result<?> bytes = result.getSecondaryResults().get("gc.alloc.rate.norm");
        String label = result.getParams().getBenchmark();
        return new Row(label.substring(label.lastIndexOf('.') + 1), time.getScore(), time.getScoreError(),
                bytes == null ? Double.NaN : bytes.getScore());
    }
}
