package dev.camelstudio.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelstudio.studio.support.ReadmeMeters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard and the Prometheus alert rules in docs/observability use only series the component exports
 * (the README's table, which {@link StudioMetersTest} checks against a scrape) and only its tags; the rules pass
 * {@code promtool check rules} where promtool is installed.
 */
class ObservabilityFilesTest {

    private static final Path DOCS = Path.of("..", "docs", "observability");
    private static final Pattern SERIES = Pattern.compile("\\b(studio_[a-z_]+?)(_bucket)?\\b");
    /** Label names inside a selector ({@code name="..."}, {@code name=~"..."}) or a {@code by (...)} clause. */
    private static final Pattern SELECTOR_LABEL = Pattern.compile("[{,]\\s*([a-z_]+)\\s*[=!]~?\"");
    private static final Pattern BY_CLAUSE = Pattern.compile("by \\(([a-z_, ]+)\\)");
    private static final Set<String> TAGS = Set.of("account", "type", "replay", "outcome", "cause", "le");

    @ParameterizedTest
    @ValueSource(strings = {"studio-dashboard.json", "studio-alerts.yaml"})
    void usesOnlySeriesAndTagsTheComponentExports(String file) throws IOException {
        String text = Files.readString(DOCS.resolve(file));
        Set<String> used = new TreeSet<>();
        Matcher series = SERIES.matcher(text);
        while (series.find()) {
            used.add(series.group(1));
        }
        assertThat(used).as("series in %s", file).isNotEmpty().isSubsetOf(ReadmeMeters.listed());

        Set<String> labels = new TreeSet<>();
        SELECTOR_LABEL.matcher(text).results().forEach(label -> labels.add(label.group(1)));
        BY_CLAUSE.matcher(text).results()
                .forEach(by -> labels.addAll(Set.of(by.group(1).replace(" ", "").split(","))));
        assertThat(labels).as("labels in %s", file).isNotEmpty().isSubsetOf(TAGS);
    }

    @Test
    void theRulesPassPromtoolWhereItIsInstalled() throws Exception {
        Process check = new ProcessBuilder("bash", DOCS.resolve("check-rules.sh").toString())
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).containsAnyOf("SUCCESS", "promtool is not on the PATH");
    }
}
