package dev.camelstudio.starter.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes documentation comments: text made safe for a comment, and wrapped to the project's line width.
 */
final class Javadoc {

    private static final int WIDTH = 120;

    private Javadoc() {
    }

    /**
     * Text for the comment of a private field, which Spring Boot's configuration processor copies verbatim into the
     * IDE metadata and javadoc does not render: only what would end the comment or be read as a Unicode escape is
     * escaped.
     *
     * @param text plain text
     * @return the text, safe inside a comment
     */
    static String verbatim(String text) {
        // A backslash becomes the Unicode escape of a backslash, which javac reads back as one and never as the start
        // of another escape: a description naming a Windows path or a regex is neither a compile error nor changed.
        // A Unicode escape cannot hide an end of comment (javac reads escapes first): that one gets a space.
        return text.replace("\\", "\\u005c").replace("*/", "* /");
    }

    /**
     * Text for the comment of a public member, which javadoc renders as HTML and doclint checks.
     *
     * @param text plain text
     * @return the text as HTML, safe inside a comment
     */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("\\", "&#92;").replace("*/", "*&#47;");
    }

    /**
     * A comment, one paragraph after another, each wrapped to the line width; an empty paragraph is a blank line.
     *
     * @param indent     the indent of the member it documents
     * @param paragraphs the paragraphs, already safe inside a comment
     * @return the comment, with a line break after it
     */
    static String comment(String indent, String... paragraphs) {
        String prefix = indent + " * ";
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph.isEmpty()) {
                lines.add(indent + " *");
            } else {
                lines.addAll(wrapped(prefix, paragraph));
            }
        }
        return indent + "/**\n" + String.join("\n", lines) + "\n" + indent + " */\n";
    }

    private static List<String> wrapped(String prefix, String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(prefix);
        for (String word : paragraph.trim().split("\\s+")) {
            if (line.length() > prefix.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(prefix);
            }
            if (line.length() > prefix.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
