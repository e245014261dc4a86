package dev.camelstudio.release;

import java.util.List;

/** How a check ends when it found something: each problem on a line of its own, then exit status 1. */
final class Problems {

    private Problems() {
    }

    /**
     * Prints the problems and exits with 1, if there are any.
     *
     * @param check    the check's name, as the output starts with it
     * @param problems what the check found
     */
    static void exitIfAny(String check, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        System.err.printf("%s: %d problem(s)%n", check, problems.size());
        problems.forEach(problem -> System.err.println("  - " + problem));
        System.exit(1);
    }
}
