package dev.camelstudio.studio.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The series the project README's Observability table lists: what the component must export, and no more. */
public final class ReadmeMeters {

    private static final Pattern ROW = Pattern.compile("^\\| `(studio_[a-z_]+)` \\|", Pattern.MULTILINE);

    private ReadmeMeters() {
    }

    /**
     * The listed series, as Prometheus names them.
     *
     * @return the names, sorted
     * @throws IOException if the README cannot be read
     */
    public static Set<String> listed() throws IOException {
        // Surefire runs in the module's folder; the README is the repository's.
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Observability"),
                readme.indexOf("## Running more than one instance"));
        Set<String> listed = new TreeSet<>();
        ROW.matcher(section).results().forEach(row -> listed.add(row.group(1)));
        return listed;
    }
}
