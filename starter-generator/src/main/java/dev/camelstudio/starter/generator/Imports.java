package dev.camelstudio.starter.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The imports of a source file: a qualified type is written by its simple name and imported, unless another type of
 * that simple name came first (then it stays qualified). The block is in the project's import order (impsort's groups
 * in the root POM), so that the file reads like the hand-written ones.
 */
final class Imports {

    /** A package-qualified name: lower-case first segment, then dots, e.g. {@code java.util.Map}. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b[a-z][\\w$]*(?:\\.[\\w$]+)+");
    private static final List<String> GROUPS = List.of("java.", "javax.", "jakarta.", "dev.camelstudio.");

    private final Map<String, String> bySimpleName = new HashMap<>();

    /**
     * Writes a type, generics included, with simple names where they can be, importing them.
     *
     * @param type a type as the catalog writes it, e.g. {@code java.util.Map<java.lang.String, java.lang.Object>}
     * @return the type as the source writes it, e.g. {@code Map<String, Object>}
     */
    String use(String type) {
        Matcher names = QUALIFIED.matcher(type);
        StringBuilder written = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(written, Matcher.quoteReplacement(simplified(names.group())));
        }
        names.appendTail(written);
        return written.toString();
    }

    private String simplified(String qualified) {
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        String taken = bySimpleName.putIfAbsent(simple, qualified);
        return taken == null || taken.equals(qualified) ? simple : qualified;
    }

    /** {@return the import lines, one blank line between the groups, each group in alphabetical order} */
    String block() {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i <= GROUPS.size(); i++) {
            groups.add(new ArrayList<>());
        }
        for (String qualified : new TreeSet<>(bySimpleName.values())) {
            if (!isJavaLang(qualified)) {
                groups.get(groupOf(qualified)).add("import " + qualified + ";\n");
            }
        }
        List<String> blocks = new ArrayList<>();
        for (List<String> group : groups) {
            if (!group.isEmpty()) {
                blocks.add(String.join("", group));
            }
        }
        return String.join("\n", blocks);
    }

    private static int groupOf(String qualified) {
        for (int i = 0; i < GROUPS.size(); i++) {
            if (qualified.startsWith(GROUPS.get(i))) {
                return i;
            }
        }
        return GROUPS.size();
    }

    private static boolean isJavaLang(String qualified) {
        return qualified.startsWith("java.lang.") && qualified.indexOf('.', "java.lang.".length()) < 0;
    }
}
