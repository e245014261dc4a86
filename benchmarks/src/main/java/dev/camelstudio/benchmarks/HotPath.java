package dev.camelstudio.benchmarks;

import java.util.Comparator;
import java.util.List;

import dev.camelstudio.studio.HotPathBenchmark;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link HotPathBenchmark} through JMH's API with its GC profiler, for the report: time and bytes allocated per
 * frame for each benchmark.
 */
final class HotPath {

    /** One benchmark's figures: mean ns/op with JMH's 99.9% error, and bytes allocated per op. */
    record Row(String benchmark, double nanos, double nanosError, double bytes) {
    }

    private HotPath() {
    }

    /**
     * @param iterations warm-up and measured iterations each
     * @param iterationMillis length of one iteration
     * @param forks JMH forks; 0 runs in this JVM (the smoke pass)
     */
    static List<Row> run(int iterations, int iterationMillis, int forks) throws Exception {
        Options options = new OptionsBuilder().include(HotPathBenchmark.class.getName() + ".*")
                .warmupIterations(iterations).warmupTime(TimeValue.milliseconds(iterationMillis))
                .measurementIterations(iterations).measurementTime(TimeValue.milliseconds(iterationMillis))
                .forks(forks).addProfiler(GCProfiler.class).shouldFailOnError(true).build();
        return new Runner(options).run().stream().map(HotPath::row)
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
