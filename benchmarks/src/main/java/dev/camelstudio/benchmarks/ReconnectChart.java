package dev.camelstudio.benchmarks;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.camelstudio.simulator.StudioSimulator;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What a reconnect looks like on the dashboard, from real scrapes: one account at 20 messages a second on the
 * simulator, the server gone for 8 s after 20 s, the component's meters scraped from a Prometheus registry every
 * second, and the README's four panels drawn from the scrapes (message rate, lag percentiles, last-message age,
 * connection state). Run with {@code ./mvnw -q -pl benchmarks -am package -DskipTests exec:exec@reconnect-chart}.
 */
public final class ReconnectChart {

    private static final String ACCOUNT = "100000";
    private static final int SECONDS = 45;
    private static final int DOWN_AT = 20;
    private static final Duration DOWNTIME = Duration.ofSeconds(8);

    private ReconnectChart() {
    }

    /**
     * Runs the scenario and draws the chart.
     *
     * @param args the PNG file to write
     * @throws Exception if the run or the drawing fails
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        List<Scrape> scrapes = new ArrayList<>();
        try (StudioSimulator studio = StudioSimulator.builder().tls(false).account(ACCOUNT, "ACC0001")
                .client("client", "secret", ACCOUNT).frameRecordCapacity(0).start();
                CamelContext camel = new DefaultCamelContext()) {
            camel.getRegistry().bind("metricsRegistry", registry);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(studio.endpointUri(ACCOUNT)).routeId("activity").process(exchange -> {
                    });
                }
            });
            camel.start();
            studio.startGenerator(20);
            long start = System.nanoTime();
            for (int second = 0; second <= SECONDS; second++) {
                long due = start + Duration.ofSeconds(second).toNanos();
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                if (second == DOWN_AT) {
                    studio.faults().down(DOWNTIME);
                }
                scrapes.add(Scrape.parse(second, registry.scrape()));
            }
        }
        draw(scrapes, Path.of(args[0]));
    }

    private static void draw(List<Scrape> scrapes, Path png) throws Exception {
        XYSeries live = new XYSeries("live");
        XYSeries replayed = new XYSeries("replayed");
        XYSeries p50 = new XYSeries("p50");
        XYSeries p99 = new XYSeries("p99");
        XYSeries age = new XYSeries("last message age");
        XYSeries state = new XYSeries("state (0 stopped, 1 connecting, 2 live, 3 backoff)");
        for (int i = 1; i < scrapes.size(); i++) {
            Scrape before = scrapes.get(i - 1);
            Scrape now = scrapes.get(i);
            live.add(now.second, now.sum("studio_messages_total", "replay=\"false\"")
                    - before.sum("studio_messages_total", "replay=\"false\""));
            replayed.add(now.second, now.sum("studio_messages_total", "replay=\"true\"")
                    - before.sum("studio_messages_total", "replay=\"true\""));
            p50.add(now.second, now.lagQuantile(before, 0.5) * 1000);
            p99.add(now.second, now.lagQuantile(before, 0.99) * 1000);
            age.add(now.second, now.sum("studio_last_message_age_seconds", ""));
            state.add(now.second, now.sum("studio_connection_state", ""));
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("seconds (the server is gone from "
                + DOWN_AT + " s for " + DOWNTIME.toSeconds() + " s)"));
        plot.add(panel("messages/s", live, replayed));
        plot.add(panel("lag ms", p50, p99));
        plot.add(panel("age s", age));
        plot.add(panel("state", state));
        JFreeChart chart = new JFreeChart("A reconnect on the dashboard, from scrapes every second", plot);
        chart.setBackgroundPaint(Color.WHITE);
        Files.createDirectories(png.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1200, 900);
    }

    private static XYPlot panel(String axis, XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries one : series) {
            data.addSeries(one);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(0x08, 0x45, 0x94));
        renderer.setSeriesPaint(1, new Color(0xe6, 0x55, 0x0d));
        XYPlot plot = new XYPlot(data, null, new NumberAxis(axis), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    /** One scrape: each series line's value by its name and labels, as the Prometheus text format gives them. */
    private record Scrape(int second, Map<String, Double> values) {

        static Scrape parse(int second, String text) {
            Map<String, Double> values = new TreeMap<>();
            text.lines().filter(line -> line.startsWith("studio_")).forEach(line -> {
                int space = line.lastIndexOf(' ');
                values.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            });
            return new Scrape(second, values);
        }

        /** The sum of a metric's series whose labels contain {@code label}. */
        double sum(String metric, String label) {
            return values.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(metric + "{") && e.getKey().contains(label))
                    .mapToDouble(Map.Entry::getValue).sum();
        }

        /** A quantile of the lag recorded since {@code before}, interpolated within its bucket; NaN if none was. */
        double lagQuantile(Scrape before, double quantile) {
            TreeMap<Double, Double> counts = new TreeMap<>();
            values.forEach((key, value) -> {
                if (key.startsWith("studio_lag_seconds_bucket{")) {
                    String le = key.substring(key.indexOf("le=\"") + 4, key.lastIndexOf('"'));
                    double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                    counts.merge(bound, value - before.values.getOrDefault(key, 0.0), Double::sum);
                }
            });
            double total = counts.isEmpty() ? 0 : counts.lastEntry().getValue();
            if (total <= 0) {
                return Double.NaN;
            }
            double rank = quantile * total;
            double lower = 0;
            double below = 0;
            for (Map.Entry<Double, Double> bucket : counts.entrySet()) {
                if (bucket.getValue() >= rank) {
                    double upper = bucket.getKey().isInfinite() ? lower : bucket.getKey();
                    double inBucket = bucket.getValue() - below;
                    return inBucket <= 0 ? upper : lower + (upper - lower) * (rank - below) / inBucket;
                }
                lower = bucket.getKey();
                below = bucket.getValue();
            }
            return lower;
        }
    }
}
