package dev.camelstudio.benchmarks;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's charts, drawn from a run's {@link Results} into PNG files. */
final class Charts {

    static {
        System.setProperty("java.awt.headless", "true"); // no display on a build machine
    }

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 560;

    private Charts() {
    }

    /** Messages per second of every client in each throughput figure (medians). */
    static void throughput(Results results, Path png) throws IOException {
        draw(results, png, "Throughput, median of the rounds (higher is better)", "msgs/s",
                Run::perSecond);
    }

    /** Client CPU per message of every client in each throughput figure (medians). */
    static void cpu(Results results, Path png) throws IOException {
        draw(results, png, "Client CPU per message, median of the rounds (lower is better)", "CPU µs/msg",
                Run::cpuMicros);
    }

    private static void draw(Results results, Path png, String title, String axis, ToDoubleFunction<Run> f)
            throws IOException {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        results.throughput.forEach((figure, byClient) -> {
            for (int c = 0; c < byClient.size(); c++) {
                dataset.addValue(byClient.get(c).median(f), results.clients.get(c), figure.title);
            }
        });
        JFreeChart chart = ChartFactory.createBarChart(title, null, axis, dataset, PlotOrientation.VERTICAL, true,
                false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        List<Color> colors = List.of(new Color(0x44, 0x44, 0x44), new Color(0x99, 0x99, 0x99),
                new Color(0x08, 0x45, 0x94), new Color(0x21, 0x71, 0xb5), new Color(0x6b, 0xae, 0xd6),
                new Color(0xa6, 0x36, 0x03), new Color(0xe6, 0x55, 0x0d), new Color(0xfd, 0xae, 0x6b));
        for (int c = 0; c < results.clients.size(); c++) {
            renderer.setSeriesPaint(c, colors.get(c % colors.size()));
        }
        Files.createDirectories(png.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    }
}
