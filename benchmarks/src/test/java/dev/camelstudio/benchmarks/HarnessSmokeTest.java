package dev.camelstudio.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelstudio.studio.StudioTransport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke pass of the harness with tiny sizes and every client, so that the benchmark code runs in every build. It
 * checks that each figure was produced for each client, never what the figures are: performance is claimed by the
 * full run (benchmarks/README.md), not by a test.
 */
class HarnessSmokeTest {

    @Test
    void everyFigureIsProducedForEveryClient() throws Exception {
        Path out = Path.of("target/smoke/RESULTS.md");
        String report = Harness.run("replay=200", "live=200", "latency=100", "rate=2000", "scale=3", "drops=2",
                "simulator=50", "rounds=1", "profile=200", "jmh=1x100", "jmhForks=0", "out=" + out);

        assertThat(out).hasContent(report);
        assertThat(Files.size(out.resolveSibling("results/throughput.png"))).isPositive();
        assertThat(Files.size(out.resolveSibling("results/cpu.png"))).isPositive();
        Map<String, List<String>> tables = tablesBySection(report);
        List<String> clients = Stream.of(
                Stream.of(new RawTyrusClient(null).name(), JdkWebSocketClient.BARE_NAME,
                        JdkWebSocketClient.HAND_WRITTEN_NAME),
                Stream.of(StudioTransport.values()).flatMap(transport -> Stream.of(true, false)
                        .flatMap(shared -> Stream.of("json", "message", "map")
                                .map(bodyType -> new StudioClient(transport, bodyType, shared).name()))),
                Stream.of(new StudioClient(StudioTransport.JDK, "json", false, true).name()))
                .flatMap(s -> s).toList();
        assertThat(tables.keySet()).hasSize(12);
        tables.forEach((section, rows) -> {
            if (section.equals("Targets")) {
                assertThat(rows).as(section).hasSize(21)
                        .allSatisfy(row -> assertThat(row).containsAnyOf("**met**", "**not met**"));
            } else if (section.equals("Charts") || section.equals("Pooled exchanges")) {
                assertThat(rows).isEmpty();
            } else if (section.startsWith("Throughput") || section.startsWith("Latency")) {
                assertThat(rows).as(section).extracting(HarnessSmokeTest::firstCell).containsExactlyElementsOf(clients);
            } else if (section.equals("Where the time goes")) {
                assertThat(rows).as(section).hasSize(CpuProfile.Layer.values().length + 2); // total, unprofiled
                assertThat(report).contains("| layer | " + String.join(" | ", clients.get(0), clients.get(1),
                        clients.get(2), clients.get(3), clients.get(6), clients.get(9), clients.get(12)) + " |");
            } else if (section.startsWith("Scale")) {
                assertThat(rows).as(section).extracting(HarnessSmokeTest::firstCell).containsExactly("0", "1", "3");
            } else if (section.startsWith("Drop")) {
                assertThat(rows).as(section).hasSize(1);
            } else if (section.startsWith("Hot path")) {
                assertThat(rows).as(section).hasSize(8);
            } else {
                assertThat(section).startsWith("The simulator's send cost");
                assertThat(rows).as(section).extracting(HarnessSmokeTest::firstCell).containsExactly("wss", "ws");
            }
            rows.forEach(row -> assertThat(row).as(section).doesNotContain("NaN", "Infinity", "∞", "| |"));
        });
    }

    /** Each "## " section's table rows, without its header and separator lines (none for a section without). */
    private static Map<String, List<String>> tablesBySection(String report) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        List<String> rows = null;
        for (String line : report.split("\n")) {
            if (line.startsWith("## ")) {
                rows = new ArrayList<>();
                tables.put(line.substring(3), rows);
            } else if (rows != null && line.startsWith("| ")) {
                rows.add(line);
            }
        }
        tables.values().stream().filter(table -> !table.isEmpty())
                .forEach(table -> table.remove(0)); // the header; the separator starts with "|-"
        return tables;
    }

    private static String firstCell(String row) {
        return Arrays.stream(row.split("\\|")).map(String::trim).filter(cell -> !cell.isEmpty()).findFirst()
                .orElse("");
    }
}
