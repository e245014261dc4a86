package dev.camelstudio.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java and YAML snippet of the README is code that a test compiles and runs: it stands, line for line, in a
 * test's sources or resources, or in an example that its tests run. Indentation may differ as a whole (a snippet of
 * a method's body is indented there); within the snippet it may not. A snippet whose first line is a comment naming a
 * file ({@code # src/main/resources/...}) must stand in that file.
 */
class ReadmeSnippetsTest {

    /** Surefire runs in the module's folder; the READMEs are the repository's. */
    private static final Path ROOT = Path.of("..");
    private static final List<Path> READMES = List.of(Path.of("README.md"));
    private static final Pattern SNIPPET = Pattern.compile("```(java|yaml)\n(.*?)```", Pattern.DOTALL);
    private static final Pattern FILE_HEADER = Pattern.compile("^(#|//) (\\S+\\.(java|yaml|properties))\\s*$");

    record Snippet(Path readme, int number, List<String> lines) {

        @Override
        public String toString() {
            return readme + " #" + number + ": " + lines.get(0).strip();
        }
    }

    static List<Snippet> snippets() throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        for (Path readme : READMES) {
            Matcher snippet = SNIPPET.matcher(Files.readString(ROOT.resolve(readme)));
            for (int number = 1; snippet.find(); number++) {
                snippets.add(new Snippet(readme, number, snippet.group(2).lines().toList()));
            }
        }
        return snippets;
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void isCodeThatATestRuns(Snippet snippet) throws IOException {
        Matcher header = FILE_HEADER.matcher(snippet.lines().get(0));
        List<String> code = header.matches() ? snippet.lines().subList(1, snippet.lines().size()) : snippet.lines();
        List<Path> candidates = header.matches() ? filesEndingWith(header.group(2)) : runnableSources();

        assertThat(candidates).as("files that could hold %s", snippet).isNotEmpty();
        assertThat(candidates).as("a test source, or an example's, holding %s", snippet)
                .anySatisfy(file -> assertThat(contains(Files.readAllLines(file), code)).isTrue());
    }

    /** Whether the code's lines follow each other in the file, the whole block shifted by one indentation. */
    static boolean contains(List<String> file, List<String> code) {
        int common = code.stream().filter(line -> !line.isBlank()).mapToInt(ReadmeSnippetsTest::indentOf).min()
                .orElse(0);
        List<String> dedented = code.stream().map(line -> line.isBlank() ? "" : line.substring(common)).toList();
        for (int start = 0; start + dedented.size() <= file.size(); start++) {
            int shift = indentOf(file.get(start)) - indentOf(dedented.get(0));
            if (shift >= 0 && matchesAt(file, start, dedented, shift)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<String> file, int start, List<String> code, int shift) {
        for (int i = 0; i < code.size(); i++) {
            String expected = code.get(i).stripTrailing();
            String actual = file.get(start + i).stripTrailing();
            if (expected.isEmpty() ? !actual.isEmpty() : !actual.equals(" ".repeat(shift) + expected)) {
                return false;
            }
        }
        return true;
    }

    private static int indentOf(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** What tests compile and run: every module's test sources and resources, and the examples' main ones. */
    private static List<Path> runnableSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.toString().contains("/target/"))
                    .filter(file -> file.toString().contains("/src/test/")
                            || file.toString().contains("/examples/") && file.toString().contains("/src/main/"))
                    .filter(file -> file.toString().matches(".*\\.(java|yaml|properties)$"))
                    .toList();
        }
    }

    private static List<Path> filesEndingWith(String path) {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(file -> !file.toString().contains("/target/") && file.toString().endsWith("/" + path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
