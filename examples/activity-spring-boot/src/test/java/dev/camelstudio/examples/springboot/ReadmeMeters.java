package dev.camelstudio.examples.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The meters the project README's Observability table lists: what the example's scrape must show. */
final class ReadmeMeters {

    private static final Pattern ROW = Pattern.compile("^\\| `(studio_[a-z_]+)` \\|", Pattern.MULTILINE);

    private ReadmeMeters() {
    }

    static List<String> listed() throws IOException {
        String readme = Files.readString(Path.of("..", "..", "README.md"));
        String section = readme.substring(readme.indexOf("## Observability"),
                readme.indexOf("## Running more than one instance"));
        return ROW.matcher(section).results().map(row -> row.group(1)).toList();
    }
}
