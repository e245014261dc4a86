package dev.camelstudio.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** gpg, run in a home folder of its own: no key of the machine's own keyrings takes part. */
final class Gpg implements AutoCloseable {

    /**
     * What one gpg command gave.
     *
     * @param exitCode its exit status
     * @param output   what it wrote, standard output and error together
     */
    record Result(int exitCode, String output) {
    }

    private final Path home;

    private Gpg(Path home) {
        this.home = home;
    }

    /**
     * A new, empty gpg home in a temporary folder.
     *
     * @return gpg in that home; close it to delete the home
     * @throws IOException if the folder cannot be made
     */
    static Gpg inNewHome() throws IOException {
        return new Gpg(Files.createTempDirectory("camel-studio-gpg"));
    }

    /**
     * Runs gpg in batch mode in this home.
     *
     * @param arguments gpg's arguments
     * @return its exit status and output
     * @throws IOException if gpg cannot be run or does not finish within a minute
     */
    Result run(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("gpg did not finish within a minute: " + command);
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while gpg ran", e);
        }
    }

    /** Stops the gpg agent this home may have started and deletes the home. */
    @Override
    public void close() throws IOException {
        try {
            new ProcessBuilder("gpgconf", "--homedir", home.toString(), "--kill", "gpg-agent")
                    .redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
